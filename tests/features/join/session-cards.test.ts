import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealHands } from '../../../src/domain/deal/deal-hands.ts';
import type { Deck } from '../../../src/domain/deck/types.ts';
import type { JoinSession } from '../../../src/domain/join/join-session.ts';
import { rotationTable } from '../../../src/domain/pairing/rotation-table.ts';
import { DEFAULT_CARDS_PER_SEAT, sessionPool } from '../../../src/domain/join/seat-hand.ts';
import { findCard, seatHand, seatRounds } from '../../../src/features/join/session-cards.ts';

const deck = (id: string, cards: number): Deck => ({
  id,
  version: 1,
  title: { nb: id },
  description: { nb: id },
  categories: [{ id: 'c', label: { nb: 'C' } }],
  cards: Array.from({ length: cards }, (_, i) => ({
    id: `k${i}`,
    category: 'c',
    text: { nb: `${id} ${i}?` },
  })),
});

const DECKS = [deck('b', 7), deck('a', 9)];

describe('the phone computes the same hand and rounds as the facilitator', () => {
  it("deals each seat exactly its slice of the facilitator's deal, whatever the deck order", () => {
    fc.assert(
      fc.property(
        fc.nat(2 ** 31),
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 1, max: 20 }),
        (seed, seats, cards) => {
          const session: JoinSession = {
            v: 1,
            seed,
            seats,
            cards,
            decks: [
              { id: 'b', version: 1 },
              { id: 'a', version: 1 },
            ],
          };
          const table = dealHands(sessionPool(DECKS), { seed, seats, cardsPerSeat: cards });
          for (const seat of [1, seats]) {
            const hand = seatHand(session, [...DECKS].reverse(), seat).map((c) => c.ref);
            expect(hand).toEqual(table[seat - 1]);
          }
        },
      ),
      { numRuns: 100, seed: 5 },
    );
  });

  it('uses the default hand size when the link does not give one', () => {
    const session: JoinSession = { v: 1, seed: 1, seats: 3, decks: [{ id: 'a', version: 1 }] };
    expect(seatHand(session, DECKS, 2)).toHaveLength(DEFAULT_CARDS_PER_SEAT);
    expect(seatHand(session, [], 2)).toEqual([]);
  });

  it("gives the seat's partners and meeting spots of the rotation table, whatever cards the step uses", () => {
    const session: JoinSession = { v: 1, seed: 9, seats: 7, mode: 'trio', decks: [{ id: 'a', version: 1 }] };
    const table = rotationTable({ people: 7, mode: 'trio', seed: 9, cardRefs: ['a/k1', 'a/k2'] });
    const rounds = seatRounds(session, 4);
    expect(rounds).toHaveLength(table.rounds.length);
    rounds.forEach((entry, r) => {
      const expected = table.rounds[r]?.seats[3];
      expect([entry.partners, entry.meeting]).toEqual([expected?.partners, expected?.meeting]);
      expect(entry.card).toBeNull();
    });
    const sitOut = seatRounds({ ...session, mode: 'sit-out' }, 4);
    expect(sitOut.filter((e) => e.partners.length === 0)).toHaveLength(1);
  });

  it('finds cards by ref, and not what the phone lacks', () => {
    expect(findCard(DECKS, 'a/k3')?.card.text.nb).toBe('a 3?');
    expect(findCard(DECKS, 'a/k99')).toBeUndefined();
    expect(findCard(DECKS, 'zz/k1')).toBeUndefined();
  });
});
