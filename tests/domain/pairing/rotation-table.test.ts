import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rotationTable, seatSchedule } from '../../../src/domain/pairing/rotation-table.ts';
import { partnerOf, rotation } from '../../../src/domain/pairing/rotation.ts';
import type { RotationMode } from '../../../src/domain/pairing/rotation-types.ts';
import { MAX_SEED } from '../../../src/domain/random/rng.ts';

const deck = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `framtid/framtid-${String(i + 1).padStart(3, '0')}`);

const tableArb = fc.record({
  people: fc.integer({ min: 2, max: 30 }),
  mode: fc.constantFrom<RotationMode>('sit-out', 'trio'),
  seed: fc.integer({ min: 0, max: MAX_SEED }),
  cards: fc.integer({ min: 0, max: 40 }),
});

describe('rotationTable', () => {
  it('is deterministic, and the seed changes only the cards', () => {
    const options = { people: 9, mode: 'trio' as const, seed: 5, cardRefs: deck(20) };
    const table = rotationTable(options);
    expect(rotationTable(options)).toEqual(table);
    const other = rotationTable({ ...options, seed: 6 });
    expect(other.rounds.map((r) => r.meetings.map((m) => m.people))).toEqual(
      table.rounds.map((r) => r.meetings.map((m) => m.people)),
    );
    expect(other.rounds.map((r) => r.card)).not.toEqual(table.rounds.map((r) => r.card));
  });

  it('gives everyone in a meeting the same card and matches the rotation (property)', () => {
    fc.assert(
      fc.property(tableArb, ({ people, mode, seed, cards }) => {
        const table = rotationTable({ people, mode, seed, cardRefs: deck(cards) });
        const rounds = rotation({ people, mode });
        expect(table.rounds).toHaveLength(rounds.length);
        table.rounds.forEach((row, r) => {
          expect(row.card === null).toBe(cards === 0);
          for (const entry of row.seats) {
            const sitting = row.sittingOut === entry.seat;
            expect(entry.partners).toEqual(partnerOf(rounds, r + 1, entry.seat));
            expect(entry.card).toBe(sitting ? null : row.card);
            expect(entry.meeting === null).toBe(sitting);
            if (entry.meeting !== null) expect(row.meetings[entry.meeting - 1]?.people).toContain(entry.seat);
          }
          for (const m of row.meetings) expect(m.card).toBe(row.card);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('draws cards without repeats, then cycles evenly and never repeats a card in consecutive rounds', () => {
    fc.assert(
      fc.property(tableArb, ({ people, mode, seed, cards }) => {
        const drawn = rotationTable({ people, mode, seed, cardRefs: deck(cards) }).rounds.map((r) => r.card);
        if (cards === 0) return;
        const counts = new Map<string | null, number>();
        for (const c of drawn) counts.set(c, (counts.get(c) ?? 0) + 1);
        const values = [...counts.values()];
        if (drawn.length <= cards) expect(values.every((v) => v === 1)).toBe(true);
        else expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
        if (cards >= 2) for (let i = 1; i < drawn.length; i += 1) expect(drawn[i]).not.toBe(drawn[i - 1]);
      }),
    );
  });

  it('seatSchedule is the seat column of the table (what a phone shows)', () => {
    const table = rotationTable({ people: 7, mode: 'sit-out', seed: 99, cardRefs: deck(3) });
    const mine = seatSchedule(table, 4);
    expect(mine).toHaveLength(7);
    expect(mine.map((e) => e.seat)).toEqual(Array(7).fill(4));
    expect(mine.filter((e) => e.partners.length === 0)).toHaveLength(1);
    expect(mine).toEqual(table.rounds.map((r) => r.seats[3]));
    expect(() => seatSchedule(table, 8)).toThrow(RangeError);
  });
});
