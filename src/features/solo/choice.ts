import { decksFor, type AudienceChoice } from '../../domain/deck/audience-filter.ts';
import { filterCards } from '../../domain/deck/filter-cards.ts';
import type { CardRef } from '../../domain/deck/card-ref.ts';
import type { Deck } from '../../domain/deck/types.ts';

// The choice is kept as the categories switched OFF (`deck/category`), so a deck imported later
// is in the draw without anyone having to tick it.

/** The key of one category of one deck (two decks may share a category id). */
export function categoryKey(deckId: string, categoryId: string): string {
  return `${deckId}/${categoryId}`;
}

/** Every category key of a deck. */
export function deckKeys(deck: Deck): string[] {
  return deck.categories.map((c) => categoryKey(deck.id, c.id));
}

/** Switches the given keys on (include = true) or off, keeping the rest as they are. */
export function setIncluded(
  excluded: readonly string[],
  keys: readonly string[],
  include: boolean,
): string[] {
  const next = new Set(excluded);
  for (const key of keys) {
    if (include) next.delete(key);
    else next.add(key);
  }
  return [...next];
}

/** The cards the choice lets through (for the audience chosen), minus the cards set aside here. */
export function chosenCards(
  all: readonly Deck[],
  excluded: readonly string[],
  hidden: readonly string[] = [],
  audience: AudienceChoice = null,
): CardRef[] {
  const decks = decksFor(all, audience);
  const off = new Set(excluded);
  const categoryIds = decks.flatMap(deckKeys).filter((key) => !off.has(key));
  const setAside = new Set(hidden);
  return filterCards(decks, { categoryIds }).filter((ref) => !setAside.has(ref));
}
