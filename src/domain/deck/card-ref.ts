/** A card's address across decks: `${deckId}/${cardId}` (ids never contain '/'). */
export type CardRef = `${string}/${string}`;

/** Builds the cross-deck reference of a card. */
export function cardRef(deckId: string, cardId: string): CardRef {
  return `${deckId}/${cardId}`;
}

/** Splits a card reference; null when it is not `deck/card` with both parts non-empty. */
export function parseCardRef(ref: string): { deckId: string; cardId: string } | null {
  const slash = ref.indexOf('/');
  if (slash <= 0 || slash === ref.length - 1 || ref.indexOf('/', slash + 1) !== -1) return null;
  return { deckId: ref.slice(0, slash), cardId: ref.slice(slash + 1) };
}
