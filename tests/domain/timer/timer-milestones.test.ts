import { describe, expect, it } from 'vitest';
import { extend, pause, start } from '../../../src/domain/timer/timer-actions.ts';
import { milestones } from '../../../src/domain/timer/timer-milestones.ts';
import { remaining, status } from '../../../src/domain/timer/timer-read.ts';
import { createTimer } from '../../../src/domain/timer/timer-state.ts';

const MIN = 60_000;
const T0 = 1_700_000_000_000;

/** Observes a timer every `step` ms from `from` to `to`, collecting milestones like a UI tick would. */
function observe(t: ReturnType<typeof createTimer>, from: number, to: number, step: number): string[] {
  const seen: string[] = [];
  for (let now = from + step; now <= to; now += step) seen.push(...milestones(t, now - step, now));
  return seen;
}

describe('milestones', () => {
  it('announces one minute left, then the end, once each', () => {
    const t = start(createTimer(5 * MIN), T0);
    expect(observe(t, T0, T0 + 10 * MIN, 1000)).toEqual(['one-minute-left', 'ended']);
    expect(milestones(t, T0 + 4 * MIN - 1, T0 + 4 * MIN)).toEqual(['one-minute-left']);
    expect(milestones(t, T0 + 5 * MIN - 1, T0 + 5 * MIN)).toEqual(['ended']);
  });

  it('does not announce one minute left for timers of a minute or less', () => {
    expect(observe(start(createTimer(MIN), T0), T0, T0 + 2 * MIN, 250)).toEqual(['ended']);
    expect(observe(start(createTimer(MIN + 1000), T0), T0, T0 + 2 * MIN, 250)).toEqual([
      'one-minute-left',
      'ended',
    ]);
  });

  it('handles a background tab: one late observation gives the exact time and the end once', () => {
    const t = start(createTimer(2 * MIN), T0);
    expect(remaining(t, T0 + 90 * MIN)).toBe(0);
    // The stale one-minute warning is overtaken by the end and not announced.
    expect(milestones(t, T0 + 1000, T0 + 90 * MIN)).toEqual(['ended']);
    expect(milestones(t, T0 + 90 * MIN, T0 + 91 * MIN)).toEqual([]);
    // A late wake-up before the end still gives the exact remaining time.
    expect(milestones(t, T0 + 1000, T0 + 70_000)).toEqual(['one-minute-left']);
    expect(remaining(t, T0 + 70_000)).toBe(50_000);
  });

  it('stays quiet while idle or paused, and when time runs backwards', () => {
    const idle = createTimer(5 * MIN);
    expect(observe(idle, T0, T0 + 10 * MIN, 5000)).toEqual([]);
    const paused = pause(start(idle, T0), T0 + 30_000);
    expect(observe(paused, T0 + 30_000, T0 + 30 * MIN, 5000)).toEqual([]);
    const running = start(idle, T0);
    expect(milestones(running, T0 + 10 * MIN, T0)).toEqual([]);
  });

  it('ends again after a finished timer is extended', () => {
    const done = start(createTimer(2 * MIN), T0);
    const t = extend(done, MIN, T0 + 3 * MIN);
    expect(status(t, T0 + 3 * MIN)).toBe('running');
    expect(observe(t, T0 + 3 * MIN, T0 + 5 * MIN, 1000)).toEqual(['ended']);
  });
});
