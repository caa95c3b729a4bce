/**
 * The deal depends on the SET of cards, not on the order a device happened to load its decks in:
 * the facilitator's laptop and every phone must start from the same list, so it is deduplicated
 * and sorted by code unit (locale-independent) before any shuffling.
 */

/** Returns the distinct card refs in a canonical, device-independent order. */
export function canonicalCards(cardRefs: readonly string[]): string[] {
  return [...new Set(cardRefs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
