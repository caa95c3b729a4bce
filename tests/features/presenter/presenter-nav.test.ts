import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  clampPosition,
  nextPosition,
  previousPosition,
  START,
} from '../../../src/features/presenter/presenter-nav.ts';

// The seed-004 run: four speed-date rounds, then four single-round steps.
const VERKSTED = [4, 1, 1, 1, 1];

describe('presenter navigation', () => {
  it('walks the rounds of a speed-date step before the next step, and stops at the end', () => {
    const seen = [START];
    for (let i = 0; i < 10; i += 1) seen.push(nextPosition(seen.at(-1)!, VERKSTED));
    expect(seen.slice(0, 9)).toEqual([
      { step: 0, round: 0 },
      { step: 0, round: 1 },
      { step: 0, round: 2 },
      { step: 0, round: 3 },
      { step: 1, round: 0 },
      { step: 2, round: 0 },
      { step: 3, round: 0 },
      { step: 4, round: 0 },
      { step: 4, round: 0 },
    ]);
  });

  it('goes back into the last round of a speed-date step, and stays at the start', () => {
    expect(previousPosition({ step: 1, round: 0 }, VERKSTED)).toEqual({ step: 0, round: 3 });
    expect(previousPosition({ step: 0, round: 2 }, VERKSTED)).toEqual({ step: 0, round: 1 });
    expect(previousPosition(START, VERKSTED)).toBe(START);
  });

  it('previous undoes next everywhere but at the end (property)', () => {
    const run = fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(run, fc.nat(), fc.nat(), (rounds, s, r) => {
        const pos = clampPosition({ step: s % rounds.length, round: r }, rounds);
        const next = nextPosition(pos, rounds);
        if (next === pos) expect(pos).toEqual({ step: rounds.length - 1, round: rounds.at(-1)! - 1 });
        else expect(previousPosition(next, rounds)).toEqual(pos);
      }),
    );
  });

  it('clamps a stored position to a run that changed shape', () => {
    expect(clampPosition({ step: 9, round: 9 }, VERKSTED)).toEqual({ step: 4, round: 0 });
    expect(clampPosition({ step: 0, round: 7 }, VERKSTED)).toEqual({ step: 0, round: 3 });
    expect(clampPosition({ step: 2, round: 0 }, [])).toEqual(START);
  });
});
