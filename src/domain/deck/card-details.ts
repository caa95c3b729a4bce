import { describedSource } from './card-source.ts';
import type { Card, Deck } from './types.ts';

/** Whether a card has details to show beside it: follow-ups, a hint, an audience or a known source. */
export function hasCardDetails(deck: Pick<Deck, 'sources'>, card: Card): boolean {
  return (
    (card.followUps?.length ?? 0) > 0 ||
    card.hint !== undefined ||
    (card.audience?.length ?? 0) > 0 ||
    describedSource(deck, card) !== null
  );
}
