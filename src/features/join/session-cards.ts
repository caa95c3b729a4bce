import type { Card, Deck } from '../../domain/deck/types.ts';
import type { JoinSession } from '../../domain/join/join-session.ts';
import { seatHandRefs } from '../../domain/join/seat-hand.ts';
import { linkRotationTable } from '../../domain/join/round-cards.ts';
import { seatSchedule, type SeatEntry } from '../../domain/pairing/rotation-table.ts';

/** A card found in the session's decks. */
export type HandCard = { ref: string; deck: Deck; card: Card };

/** Looks a `deck/card` ref up in the decks; undefined when this device does not have it. */
export function findCard(decks: readonly Deck[], ref: string): HandCard | undefined {
  const slash = ref.indexOf('/');
  const deck = decks.find((d) => d.id === ref.slice(0, slash));
  const card = deck?.cards.find((c) => c.id === ref.slice(slash + 1));
  return deck && card ? { ref, deck, card } : undefined;
}

/** The seat's hand, computed on the phone from the session's seed: the facilitator's table has the same. */
export function seatHand(session: JoinSession, decks: readonly Deck[], seat: number): HandCard[] {
  return seatHandRefs(session, decks, seat)
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
