import { handForSeat } from '../deal/deal-hands.ts';
import { cardRef } from '../deck/card-ref.ts';
import type { JoinSession } from './join-session.ts';

/** Cards per seat when a link does not say (links made by the planner always do). */
export const DEFAULT_CARDS_PER_SEAT = 5;

/** What dealing needs of a deck: its id and the ids of its cards, in file order. */
export type DealtDeck = { readonly id: string; readonly cards: readonly { readonly id: string }[] };

/**
 * The session's card pool: every card of its decks. The deal sorts the pool itself, so the order
 * the decks were loaded in does not matter; what matters is that the facilitator deals from the
 * same decks, which the link names with their versions.
 */
export function sessionPool(decks: readonly DealtDeck[]): string[] {
  return decks.flatMap((deck) => deck.cards.map((card) => cardRef(deck.id, card.id)));
}

/**
 * The `deck/card` refs of a seat's hand, computed from the session's seed: the facilitator's
 * table has the same. Shared by the join screen and the pre-paint of src/boot/hand-preview.ts.
 */
export function seatHandRefs(
  session: Pick<JoinSession, 'seed' | 'seats' | 'cards'>,
  decks: readonly DealtDeck[],
  seat: number,
): string[] {
  const pool = sessionPool(decks);
  if (pool.length === 0) return [];
  const options = {
    seed: session.seed,
    seats: session.seats,
    cardsPerSeat: session.cards ?? DEFAULT_CARDS_PER_SEAT,
  };
  return handForSeat(pool, options, seat);
}
