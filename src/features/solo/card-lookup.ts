import { parseCardRef } from '../../domain/deck/card-ref.ts';
import { localize } from '../../domain/deck/localize.ts';
import type { Card, Deck, Lang } from '../../domain/deck/types.ts';

/** A card with the deck it belongs to. */
export type FoundCard = { deck: Deck; card: Card };

/** The deck and card a `deck/card` reference points at; null when that deck or card is gone. */
export function findCard(decks: readonly Deck[], ref: string | null): FoundCard | null {
  const parts = ref === null ? null : parseCardRef(ref);
  if (!parts) return null;
  const deck = decks.find((d) => d.id === parts.deckId);
  const card = deck?.cards.find((c) => c.id === parts.cardId);
  return deck && card ? { deck, card } : null;
}

/** The card's question in lang (with fallback), or the reference itself when the card is unknown. */
export function cardQuestion(decks: readonly Deck[], ref: string, lang: Lang): string {
  const found = findCard(decks, ref);
  return found ? localize(found.card.text, lang).text : ref;
}
