import { describe, expect, it } from 'vitest';
import { extend, pause, start } from '../../../src/domain/timer/timer-actions.ts';
import { remaining, status } from '../../../src/domain/timer/timer-read.ts';
import { createTimer } from '../../../src/domain/timer/timer-state.ts';
import { parseTimer, serializeTimer } from '../../../src/domain/timer/timer-storage.ts';

const MIN = 60_000;
const T0 = 1_700_000_000_000;

describe('serializeTimer / parseTimer', () => {
  it('survives a reload mid-round with the same remaining time', () => {
    const running = extend(start(createTimer(5 * MIN), T0), MIN, T0 + 1000);
    const restored = parseTimer(serializeTimer(running));
    expect(restored).toEqual(running);
    // The page was gone for 40 s: the restored timer knows, because it holds timestamps.
    expect(remaining(restored!, T0 + 100_000)).toBe(remaining(running, T0 + 100_000));
    const paused = pause(running, T0 + 2 * MIN);
    const restoredPaused = parseTimer(serializeTimer(paused))!;
    expect(status(restoredPaused, T0 + 60 * MIN)).toBe('paused');
    expect(remaining(restoredPaused, T0 + 60 * MIN)).toBe(4 * MIN);
  });

  it('refuses anything that is not a sound timer', () => {
    const good = JSON.parse(serializeTimer(start(createTimer(MIN), T0))) as Record<string, unknown>;
    const bad: unknown[] = [
      null,
      undefined,
      '',
      'not json',
      '[]',
      'null',
      '42',
      JSON.stringify({ ...good, v: 2 }),
      JSON.stringify({ ...good, type: 'other' }),
      JSON.stringify({ ...good, extra: 1 }),
      JSON.stringify({ ...good, durationMs: 0 }),
      JSON.stringify({ ...good, durationMs: '60000' }),
      JSON.stringify({ ...good, extendedMs: -1 }),
      JSON.stringify({ ...good, pausedTotalMs: -5 }),
      JSON.stringify({ ...good, startedAt: 'yesterday' }),
      JSON.stringify({ ...good, startedAt: null, pausedAt: T0 }),
      JSON.stringify({ ...good, pausedAt: T0 - 1 }),
      JSON.stringify({ ...good, durationMs: 1e300 }),
      '{"__proto__":{"x":1},"type":"kortstokk/timer"}',
      'x'.repeat(5000),
    ];
    for (const raw of bad) expect(parseTimer(raw as string)).toBeNull();
    expect(parseTimer(JSON.stringify(good))).not.toBeNull();
  });
});
