import type { Deck } from '../../domain/deck/types.ts';

// The draw filter is kept as the set of categories the user switched OFF, named `deck/category`:
// a deck imported later is then included without anyone having to tick it.

/** The key of one category of one deck (two decks may share a category id). */
export function categoryKey(deckId: string, categoryId: string): string {
  return `${deckId}/${categoryId}`;
}

/** Every category key of a deck. */
export function deckKeys(deck: Deck): string[] {
  return deck.categories.map((c) => categoryKey(deck.id, c.id));
}

/** The category keys still switched on, for filterCards' `categoryIds`. */
export function includedKeys(decks: readonly Deck[], excluded: ReadonlySet<string>): string[] {
  return decks.flatMap(deckKeys).filter((key) => !excluded.has(key));
}

/** Switches the given keys on (include = true) or off. */
export function setIncluded(
  excluded: ReadonlySet<string>,
  keys: readonly string[],
  include: boolean,
): Set<string> {
  const next = new Set(excluded);
  for (const key of keys) {
    if (include) next.delete(key);
    else next.add(key);
  }
  return next;
}

/** Excludes every deck except deckId (for «draw from this deck»); unknown ids exclude nothing. */
export function onlyDeck(decks: readonly Deck[], deckId: string | null): Set<string> {
  if (!deckId || !decks.some((d) => d.id === deckId)) return new Set();
  return new Set(decks.filter((d) => d.id !== deckId).flatMap(deckKeys));
}
