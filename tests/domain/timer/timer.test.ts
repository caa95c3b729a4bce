import { describe, expect, it } from 'vitest';
import { extend, pause, reset, resume, start } from '../../../src/domain/timer/timer-actions.ts';
import { elapsed, progress, remaining, status } from '../../../src/domain/timer/timer-read.ts';
import { createTimer, MAX_TIMER_MS, totalMs } from '../../../src/domain/timer/timer-state.ts';

const MIN = 60_000;
const T0 = 1_700_000_000_000; // a realistic Date.now() value

describe('timer', () => {
  it('is idle until started and counts from the start', () => {
    const idle = createTimer(2 * MIN);
    expect(status(idle, T0)).toBe('idle');
    expect(remaining(idle, T0 + 10_000)).toBe(2 * MIN);
    const t = start(idle, T0);
    expect(status(t, T0)).toBe('running');
    expect(elapsed(t, T0 + 30_000)).toBe(30_000);
    expect(remaining(t, T0 + 30_000)).toBe(90_000);
    expect(progress(t, T0 + MIN)).toBe(0.5);
    expect(start(t, T0 + 5000)).toBe(t);
  });

  it('leaves paused time out of the count', () => {
    let t = start(createTimer(2 * MIN), T0);
    t = pause(t, T0 + 30_000);
    expect(status(t, T0 + 500_000)).toBe('paused');
    expect(remaining(t, T0 + 500_000)).toBe(90_000);
    t = resume(t, T0 + 100_000);
    expect(remaining(t, T0 + 110_000)).toBe(80_000);
    t = resume(pause(t, T0 + 120_000), T0 + 125_000);
    expect(elapsed(t, T0 + 130_000)).toBe(55_000);
    expect(status(t, T0 + 125_000 + 70_000)).toBe('finished');
  });

  it('ignores pause and resume where they make no sense', () => {
    const idle = createTimer(MIN);
    expect(pause(idle, T0)).toBe(idle);
    const running = start(idle, T0);
    expect(resume(running, T0 + 10)).toBe(running);
    const finished = running;
    expect(pause(finished, T0 + 2 * MIN)).toBe(finished);
  });

  it('finishes with nothing left, never a negative remaining', () => {
    const t = start(createTimer(MIN), T0);
    expect(remaining(t, T0 + 10 * MIN)).toBe(0);
    expect(status(t, T0 + MIN)).toBe('finished');
    expect(progress(t, T0 + 10 * MIN)).toBe(1);
    // A clock set back before the start.
    expect(remaining(t, T0 - 5000)).toBe(MIN);
    expect(elapsed(pause(t, T0 - 5000), T0 + 5000)).toBe(0);
  });

  describe('extend (+1 min)', () => {
    it('lengthens an idle timer', () => {
      const t = extend(createTimer(2 * MIN), MIN, T0);
      expect(totalMs(t)).toBe(3 * MIN);
      expect(remaining(start(t, T0), T0 + MIN)).toBe(2 * MIN);
    });

    it('adds to a running timer', () => {
      const t = extend(start(createTimer(2 * MIN), T0), MIN, T0 + 30_000);
      expect(remaining(t, T0 + 30_000)).toBe(150_000);
      expect(status(t, T0 + 30_000)).toBe('running');
    });

    it('adds to a paused timer, which stays paused', () => {
      const t = extend(pause(start(createTimer(2 * MIN), T0), T0 + 30_000), MIN, T0 + 90_000);
      expect(status(t, T0 + 90_000)).toBe('paused');
      expect(remaining(t, T0 + 900_000)).toBe(150_000);
    });

    it('makes a finished timer count exactly the added time from now', () => {
      const finished = start(createTimer(2 * MIN), T0);
      const late = T0 + 7 * MIN; // five minutes after the end, nobody pressed reset
      const t = extend(finished, MIN, late);
      expect(status(t, late)).toBe('running');
      expect(remaining(t, late)).toBe(MIN);
      expect(remaining(t, late + 20_000)).toBe(40_000);
      expect(status(t, late + MIN)).toBe('finished');
    });

    it('is capped at MAX_TIMER_MS and rejects nonsense', () => {
      const t = extend(createTimer(MAX_TIMER_MS - 1000), MIN, T0);
      expect(totalMs(t)).toBe(MAX_TIMER_MS);
      expect(() => extend(t, 0, T0)).toThrow(RangeError);
      expect(() => extend(t, -MIN, T0)).toThrow(RangeError);
      expect(() => extend(t, Number.POSITIVE_INFINITY, T0)).toThrow(RangeError);
    });
  });

  it('reset returns to the planned duration and idle', () => {
    const t = reset(extend(start(createTimer(2 * MIN), T0), MIN, T0 + 10));
    expect(t).toEqual(createTimer(2 * MIN));
    expect(status(t, T0 + 10)).toBe('idle');
  });

  it('rejects impossible durations', () => {
    for (const d of [0, -1, 1.5, Number.NaN, MAX_TIMER_MS + 1])
      expect(() => createTimer(d)).toThrow(RangeError);
  });
});
