import { describe, expect, it } from 'vitest';
import { rotation } from '../../../src/domain/pairing/rotation.ts';
import { createStep } from '../../../src/domain/workshop/create-step.ts';
import type { RunSheet, Step } from '../../../src/domain/workshop/run-sheet-types.ts';
import {
  fullRotationRounds,
  stepDurationMs,
  totalDurationMs,
} from '../../../src/domain/workshop/total-duration.ts';

const MIN = 60_000;
const sheet = (steps: Step[]): RunSheet => ({ id: 'p', title: { nb: 'P' }, steps });
const speed = (rounds: number | null, oddMode: 'sit-out' | 'trio' = 'sit-out'): Step => ({
  ...createStep('speed-date', () => 's'),
  format: 'speed-date',
  durationMs: 3 * MIN,
  rounds,
  oddMode,
});

describe('fullRotationRounds', () => {
  it('agrees with the pairing rotation for every group size and mode', () => {
    for (let people = 2; people <= 41; people += 1) {
      for (const mode of ['sit-out', 'trio'] as const) {
        expect(fullRotationRounds(people, mode), `${people} ${mode}`).toBe(rotation({ people, mode }).length);
      }
    }
    expect(fullRotationRounds(200, 'trio')).toBe(rotation({ people: 200, mode: 'trio' }).length);
  });

  it('is null outside 2..200 whole people', () => {
    for (const people of [1, 0, -3, 201, 2.5, Number.NaN])
      expect(fullRotationRounds(people, 'sit-out')).toBeNull();
  });
});

describe('totalDurationMs', () => {
  it('adds plain steps and rounds × round length for speed-date', () => {
    const plan = sheet([speed(4), createStep('silent', () => 'a'), createStep('pair-talk', () => 'b')]);
    expect(totalDurationMs(plan)).toBe(4 * 3 * MIN + 2 * MIN + 10 * MIN);
    expect(totalDurationMs(sheet([]))).toBe(0);
  });

  it('needs the group size when a speed-date runs every round, and is null without it', () => {
    const plan = sheet([speed(null), createStep('plenary', () => 'a')]);
    expect(totalDurationMs(plan)).toBeNull();
    expect(totalDurationMs(plan, 1)).toBeNull();
    expect(totalDurationMs(plan, 8)).toBe(7 * 3 * MIN + 15 * MIN);
    expect(totalDurationMs(plan, 9)).toBe(9 * 3 * MIN + 15 * MIN);
    expect(stepDurationMs(speed(null, 'trio'), 5)).toBe(4 * 3 * MIN);
  });

  it('ignores the group size when every speed-date has a fixed round count', () => {
    const plan = sheet([speed(2)]);
    expect(totalDurationMs(plan, 30)).toBe(totalDurationMs(plan));
  });
});
