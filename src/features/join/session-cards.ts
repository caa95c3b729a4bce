import { cardRef } from '../../domain/deck/card-ref.ts';
import type { Card, Deck } from '../../domain/deck/types.ts';
import { handForSeat } from '../../domain/deal/deal-hands.ts';
import type { JoinSession } from '../../domain/join/join-session.ts';
import { linkRotationTable } from '../../domain/join/round-cards.ts';
import { seatSchedule, type SeatEntry } from '../../domain/pairing/rotation-table.ts';

/** Cards per seat when a link does not say (links made by the planner always do). */
export const DEFAULT_CARDS_PER_SEAT = 5;

/** A card found in the session's decks. */
export type HandCard = { ref: string; deck: Deck; card: Card };

/**
 * The session's card pool: every card of its decks. The deal sorts the pool itself, so the order
 * the decks were loaded in does not matter; what matters is that the facilitator deals from the
 * same decks, which the link names with their versions.
 */
export function sessionPool(decks: readonly Deck[]): string[] {
  return decks.flatMap((deck) => deck.cards.map((card) => cardRef(deck.id, card.id)));
}

/** Looks a `deck/card` ref up in the decks; undefined when this device does not have it. */
export function findCard(decks: readonly Deck[], ref: string): HandCard | undefined {
  const slash = ref.indexOf('/');
  const deck = decks.find((d) => d.id === ref.slice(0, slash));
  const card = deck?.cards.find((c) => c.id === ref.slice(slash + 1));
  return deck && card ? { ref, deck, card } : undefined;
}

/** The seat's hand, computed on the phone from the session's seed: the facilitator's table has the same. */
export function seatHand(session: JoinSession, decks: readonly Deck[], seat: number): HandCard[] {
  const pool = sessionPool(decks);
  if (pool.length === 0) return [];
  const options = {
    seed: session.seed,
    seats: session.seats,
    cardsPerSeat: session.cards ?? DEFAULT_CARDS_PER_SEAT,
  };
  return handForSeat(pool, options, seat)
    .map((ref) => findCard(decks, ref))
    .filter((c): c is HandCard => c !== undefined);
}

/**
 * The seat's speed-date rounds: partners, meeting spot and the round's card, the same as the
 * facilitator's rotation table. The card comes from the link's card choice (the speed-date step's)
 * over the session's decks; a link without one gives no cards, and the projector shows them.
 */
export function seatRounds(session: JoinSession, seat: number, decks: readonly Deck[] = []): SeatEntry[] {
  return seatSchedule(linkRotationTable(session, decks), seat);
}
