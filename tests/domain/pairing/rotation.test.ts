import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { partnerOf, rotation } from '../../../src/domain/pairing/rotation.ts';
import { MAX_PEOPLE, type RotationMode } from '../../../src/domain/pairing/rotation-types.ts';
import { brokenRules, pairCounts } from './rotation-check.ts';

const modes: RotationMode[] = ['sit-out', 'trio'];

describe('rotation', () => {
  it('keeps every rule for every count 2..60 in both modes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), fc.constantFrom(...modes), (n, mode) => {
        expect(brokenRules(n, mode, rotation({ people: n, mode }))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every rule for each count 2..60, odd and even, in both modes (exhaustive)', () => {
    for (let n = 2; n <= 60; n += 1) {
      for (const mode of modes)
        expect([n, mode, ...brokenRules(n, mode, rotation({ people: n, mode }))]).toEqual([n, mode]);
    }
  });

  // The trio joins are chosen greedily, so their guarantees are checked for every odd count the
  // app accepts, not just sampled; the pure circle method has no count-dependent branch.
  it(
    'keeps the trio guarantees for every odd count up to MAX_PEOPLE (exhaustive)',
    { timeout: 30_000 },
    () => {
      for (let n = 3; n <= MAX_PEOPLE; n += 2) {
        expect([n, ...brokenRules(n, 'trio', rotation({ people: n, mode: 'trio' }))]).toEqual([n]);
      }
    },
  );

  it('uses 1-based seats and rounds (the circle method for 4 people)', () => {
    const rounds = rotation({ people: 4, mode: 'sit-out' });
    expect(rounds.map((r) => r.meetings.map((m) => m.people))).toEqual([
      [
        [1, 4],
        [2, 3],
      ],
      [
        [1, 3],
        [2, 4],
      ],
      [
        [1, 2],
        [3, 4],
      ],
    ]);
  });

  it('gives an odd group a sit-out or a trio, as chosen', () => {
    const sitOut = rotation({ people: 7, mode: 'sit-out' });
    expect(sitOut.map((r) => r.sittingOut)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const trio = rotation({ people: 7, mode: 'trio' });
    expect(trio.every((r) => r.sittingOut === null && r.meetings.length === 3)).toBe(true);
    expect(rotation({ people: 3, mode: 'trio' })).toEqual([
      { number: 1, meetings: [{ people: [1, 2, 3] }], sittingOut: null },
    ]);
  });

  it('trio mode repeats exactly the unavoidable number of pairs, late', () => {
    const { counts, firstRepeatRound } = pairCounts(rotation({ people: 21, mode: 'trio' }));
    expect([...counts.values()].filter((c) => c === 2)).toHaveLength(42);
    expect(firstRepeatRound).toBeGreaterThan(9);
  });

  it('rejects counts it cannot rotate', () => {
    for (const people of [0, 1, 2.5, MAX_PEOPLE + 1, Number.NaN]) {
      expect(() => rotation({ people, mode: 'sit-out' })).toThrow(RangeError);
    }
  });
});

describe('partnerOf', () => {
  it('is symmetric and empty for the one sitting out', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.constantFrom(...modes),
        fc.nat(),
        fc.nat(),
        (n, mode, a, b) => {
          const rounds = rotation({ people: n, mode });
          const round = (a % rounds.length) + 1;
          const person = (b % n) + 1;
          const partners = partnerOf(rounds, round, person);
          if (rounds[round - 1]?.sittingOut === person) expect(partners).toEqual([]);
          else expect(partners.length).toBeGreaterThanOrEqual(1);
          for (const p of partners) expect(partnerOf(rounds, round, p)).toContain(person);
        },
      ),
    );
  });

  it('rejects an unknown round or person', () => {
    const rounds = rotation({ people: 4, mode: 'sit-out' });
    expect(() => partnerOf(rounds, 0, 1)).toThrow(RangeError);
    expect(() => partnerOf(rounds, 4, 1)).toThrow(RangeError);
    expect(() => partnerOf(rounds, 1, 5)).toThrow(RangeError);
  });
});
