import { cardRef, type CardRef } from './card-ref.ts';
import type { Deck } from './types.ts';

/**
 * Which cards to take. Leaving a list out means "all"; an empty list means "none". A category is
 * named either as `categoryId` (in every chosen deck) or `deckId/categoryId` (in that deck only),
 * because two decks may use the same category id.
 */
export interface CardFilter {
  readonly deckIds?: readonly string[];
  readonly categoryIds?: readonly string[];
}

/** Returns references to the cards that pass the filter, in deck order then card order. */
export function filterCards(decks: readonly Deck[], filter: CardFilter): CardRef[] {
  const deckIds = filter.deckIds ? new Set(filter.deckIds) : null;
  const categories = filter.categoryIds ? new Set(filter.categoryIds) : null;
  const refs: CardRef[] = [];
  for (const deck of decks) {
    if (deckIds && !deckIds.has(deck.id)) continue;
    for (const card of deck.cards) {
      if (categories && !categories.has(card.category) && !categories.has(`${deck.id}/${card.category}`))
        continue;
      refs.push(cardRef(deck.id, card.id));
    }
  }
  return refs;
}
