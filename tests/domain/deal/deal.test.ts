import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dealHands, handForSeat } from '../../../src/domain/deal/deal-hands.ts';
import { dealGroups } from '../../../src/domain/deal/deal-groups.ts';
import { MAX_SEED } from '../../../src/domain/random/rng.ts';

const deck = (n: number, id = 'd'): string[] =>
  Array.from({ length: n }, (_, i) => `${id}/${id}-${String(i + 1).padStart(3, '0')}`);

function usage(hands: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const card of hands.flat()) counts.set(card, (counts.get(card) ?? 0) + 1);
  return counts;
}

const dealArb = fc.record({
  cards: fc.integer({ min: 0, max: 40 }),
  seed: fc.integer({ min: 0, max: MAX_SEED }),
  seats: fc.integer({ min: 1, max: 30 }),
  cardsPerSeat: fc.integer({ min: 0, max: 12 }),
});

describe('dealHands', () => {
  it('is deterministic and depends on the seed', () => {
    const cards = deck(30);
    const a = dealHands(cards, { seed: 7, seats: 6, cardsPerSeat: 4 });
    expect(dealHands(cards, { seed: 7, seats: 6, cardsPerSeat: 4 })).toEqual(a);
    expect(dealHands(cards, { seed: 8, seats: 6, cardsPerSeat: 4 })).not.toEqual(a);
  });

  it("is deterministic for any seed, so every phone computes the facilitator's deal (property)", () => {
    fc.assert(
      fc.property(dealArb, ({ cards, seed, seats, cardsPerSeat }) => {
        const pool = deck(cards);
        const options = { seed, seats, cardsPerSeat };
        const first = dealHands(pool, options);
        expect(dealHands([...pool], options)).toEqual(first);
        for (let seat = 1; seat <= seats; seat += 1)
          expect(handForSeat(pool, options, seat)).toEqual(first[seat - 1]);
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order or duplicates of the card list', () => {
    const cards = deck(20);
    const scrambled = [...cards].reverse().concat(cards.slice(0, 5));
    expect(dealHands(scrambled, { seed: 3, seats: 5, cardsPerSeat: 3 })).toEqual(
      dealHands(cards, { seed: 3, seats: 5, cardsPerSeat: 3 }),
    );
  });

  it('gives every seat a full hand without repeats, and no card twice while there are enough', () => {
    fc.assert(
      fc.property(dealArb, ({ cards, seed, seats, cardsPerSeat }) => {
        const hands = dealHands(deck(cards), { seed, seats, cardsPerSeat });
        const size = Math.min(cards, cardsPerSeat);
        expect(hands).toHaveLength(seats);
        for (const hand of hands) {
          expect(hand).toHaveLength(size);
          expect(new Set(hand).size).toBe(hand.length);
        }
        const counts = [...usage(hands).values()];
        if (seats * size <= cards) {
          expect(counts.every((c) => c === 1)).toBe(true);
        } else {
          // Reused evenly: every card is used, counts differ by at most one.
          expect(counts).toHaveLength(cards);
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('handForSeat equals the seat of the full deal', () => {
    fc.assert(
      fc.property(dealArb, fc.nat(), ({ cards, seed, seats, cardsPerSeat }, pick) => {
        const options = { seed, seats, cardsPerSeat };
        const seat = (pick % seats) + 1;
        expect(handForSeat(deck(cards), options, seat)).toEqual(dealHands(deck(cards), options)[seat - 1]);
      }),
    );
  });

  it('caps the hand at the number of distinct cards and deals empty hands from an empty pool', () => {
    expect(dealHands(deck(3), { seed: 1, seats: 2, cardsPerSeat: 5 }).map((h) => h.length)).toEqual([3, 3]);
    expect(dealHands([], { seed: 1, seats: 2, cardsPerSeat: 5 })).toEqual([[], []]);
  });

  it('rejects impossible options', () => {
    expect(() => dealHands(deck(3), { seed: 1, seats: 0, cardsPerSeat: 1 })).toThrow(RangeError);
    expect(() => dealHands(deck(3), { seed: 1, seats: 2, cardsPerSeat: 1.5 })).toThrow(RangeError);
    expect(() => handForSeat(deck(3), { seed: 1, seats: 2, cardsPerSeat: 1 }, 3)).toThrow(RangeError);
    expect(() => handForSeat(deck(3), { seed: 1, seats: 2, cardsPerSeat: 1 }, 0)).toThrow(RangeError);
  });
});

describe('dealGroups', () => {
  it('gives each group distinct theme cards and reuses evenly only when needed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: MAX_SEED }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 3 }),
        (cards, seed, groups, cardsPerGroup) => {
          const dealt = dealGroups(deck(cards), { seed, groups, cardsPerGroup });
          expect(dealt).toHaveLength(groups);
          for (const g of dealt) expect(new Set(g).size).toBe(Math.min(cards, cardsPerGroup));
          const counts = [...usage(dealt).values()];
          if (groups * Math.min(cards, cardsPerGroup) <= cards)
            expect(counts.every((c) => c === 1)).toBe(true);
          else expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('defaults to one card per group and uses its own seed stream', () => {
    const themes = deck(4, 'naervaer');
    const groups = dealGroups(themes, { seed: 11, groups: 4 });
    expect(groups.map((g) => g.length)).toEqual([1, 1, 1, 1]);
    expect(new Set(groups.flat())).toEqual(new Set(themes));
    expect(dealGroups(themes, { seed: 11, groups: 4 })).toEqual(groups);
    // Same seed, different purpose: the group deal is not the seat deal in disguise.
    const seats = dealHands(deck(30), { seed: 11, seats: 10, cardsPerSeat: 1 });
    expect(dealGroups(deck(30), { seed: 11, groups: 10 })).not.toEqual(seats);
  });
});
