import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck/types.ts';
import { decodeJoin } from '../../../src/domain/join/decode-join.ts';
import { encodeJoin } from '../../../src/domain/join/encode-join.ts';
import { rotationTable } from '../../../src/domain/pairing/rotation-table.ts';
import type { RunSheet, SpeedDateStep, StepCards } from '../../../src/domain/workshop/run-sheet-types.ts';
import { resolveStepCards } from '../../../src/domain/workshop/step-cards.ts';
import {
  joinSessionOf,
  speedDateLinkInfo,
  type WorkshopSession,
} from '../../../src/domain/workshop/workshop-session.ts';
import { seatRounds } from '../../../src/features/join/session-cards.ts';

const deck = (id: string, cards: number): Deck => ({
  id,
  version: 1,
  title: { nb: id },
  description: { nb: id },
  categories: [
    { id: 'c1', label: { nb: 'C1' } },
    { id: 'c2', label: { nb: 'C2' } },
  ],
  cards: Array.from({ length: cards }, (_, i) => ({
    id: `k${i}`,
    category: i % 2 === 0 ? 'c1' : 'c2',
    text: { nb: `${id} ${i}?` },
  })),
});

// 'x' is on the device but never in the session: the planner ignores it, so must the phone.
const ALL = [deck('a', 6), deck('b', 5), deck('x', 4)];

const cardsArb: fc.Arbitrary<StepCards> = fc.record({
  deckIds: fc.subarray(['a', 'b', 'x']),
  categoryIds: fc.subarray(['c1', 'a/c2', 'x/c1', 'b/c2']),
  cardRefs: fc.oneof(fc.constant([]), fc.subarray(['a/k1', 'b/k4', 'x/k0', 'a/k99', 'b/k0'])),
});

const speedDate = (cards: StepCards): SpeedDateStep => ({
  id: 'sd',
  format: 'speed-date',
  durationMs: 180_000,
  rounds: 4,
  oddMode: 'sit-out',
  cards,
  instructions: { nb: 'Snakk sammen.' },
});

const sheetWith = (step: SpeedDateStep): RunSheet => ({
  id: 'p1',
  title: { nb: 'Plan' },
  steps: [
    {
      id: 'quiet',
      format: 'silent',
      durationMs: 120_000,
      cards: { deckIds: ['a'], categoryIds: [], cardRefs: [] },
      instructions: { nb: 'Stille.' },
    },
    step,
    speedDate({ deckIds: ['b'], categoryIds: [], cardRefs: [] }),
  ],
});

describe("the phone's speed-date cards", () => {
  it("are the planner's rotation table for the same session, from the real join link (property)", () => {
    fc.assert(
      fc.property(
        fc.nat(2 ** 32 - 1),
        fc.integer({ min: 2, max: 13 }),
        fc.constantFrom('sit-out' as const, 'trio' as const),
        fc.constantFrom(['a', 'b'], ['b', 'a'], ['a'], ['b']),
        cardsArb,
        (seed, seats, mode, deckIds, cards) => {
          const session: WorkshopSession = {
            id: 's1',
            sheetId: 'p1',
            title: 'Verksted',
            seed,
            seats,
            groups: 1,
            mode,
            cardsPerSeat: 3,
            decks: deckIds.map((id) => ({ id, version: 1 })),
            createdAt: 0,
          };
          const step = speedDate(cards);
          // The planner: the step's cards from the session's decks only (rotation-view.tsx).
          const used = ALL.filter((d) => session.decks.some((r) => r.id === d.id));
          const table = rotationTable({ people: seats, mode, seed, cardRefs: resolveStepCards(step, used) });
          // The phone: only what the QR code's link carries, and the decks the device has.
          const link = encodeJoin(
            joinSessionOf(session, undefined, speedDateLinkInfo(session, sheetWith(step))),
          );
          const decoded = decodeJoin(link);
          if (!decoded.ok) throw new Error(decoded.error.code);
          expect(decoded.session.format).toBe('speed-date');
          for (const seat of [1, 2, seats]) {
            const expected = table.rounds.map((r) => r.seats[seat - 1]);
            expect(seatRounds(decoded.session, seat, [...ALL].reverse())).toEqual(expected);
            expect(seatRounds(decoded.session, seat, used)).toEqual(expected);
          }
        },
      ),
      { numRuns: 300, seed: 4 },
    );
  });

  it('are absent without a card choice in the link, as before', () => {
    const rounds = seatRounds({ v: 1, seed: 3, seats: 4, decks: [{ id: 'a', version: 1 }] }, 1, ALL);
    expect(rounds.every((entry) => entry.card === null)).toBe(true);
  });
});
