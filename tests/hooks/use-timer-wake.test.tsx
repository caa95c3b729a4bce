// @vitest-environment jsdom
// The timer's wake-up at its next milestone, kept by the dedicated timeout worker (here a fake
// that the test answers): no page timer is advanced, as in a hidden tab whose timers are throttled.
import { StrictMode } from 'react';
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimerMilestone } from '../../src/domain/timer/timer-milestones.ts';
import type { UseTimerOptions } from '../../src/hooks/use-timer.ts';
import { FakeTimeoutWorker, theWorker } from '../lib/fake-timeout-worker.ts';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const MIN = 60_000;

// The worker lives in module state: each test imports a fresh hook (React itself is shared).
const mount = async (durationMs: number) => {
  vi.resetModules();
  const { useTimer } = await import('../../src/hooks/use-timer.ts');
  const seen: TimerMilestone[] = [];
  const options: UseTimerOptions = { durationMs, onMilestone: (m) => seen.push(m) };
  const hook = renderHook(() => useTimer(options), { wrapper: StrictMode });
  return { ...hook, seen };
};

/** The due times of the wake-ups the worker holds now. */
const wakeTimes = () => [...theWorker().pending().values()];

/** The worker's one pending wake-up comes due: the clock is there and the worker answers. */
const wake = () => {
  const [entry, ...more] = theWorker().pending();
  if (!entry || more.length > 0) throw new Error(`expected one wake-up, found ${more.length + 1}`);
  const [id, at] = entry;
  vi.setSystemTime(at);
  act(() => theWorker().answer(id));
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
  vi.stubGlobal('Worker', FakeTimeoutWorker);
  FakeTimeoutWorker.made = [];
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('useTimer: the wake-up at the next milestone (worker)', () => {
  it('brings one minute left and then the end, each on time, with no page timer running', async () => {
    const { result, seen } = await mount(3 * MIN);
    expect(FakeTimeoutWorker.made).toHaveLength(0); // nothing until a timer runs
    act(() => result.current.start());
    expect(wakeTimes()).toEqual([T0 + 2 * MIN + 1]);
    wake();
    expect(seen).toEqual(['one-minute-left']);
    expect(result.current.remainingMs).toBe(MIN - 1);
    expect(wakeTimes()).toEqual([T0 + 3 * MIN + 1]);
    wake();
    expect(seen).toEqual(['one-minute-left', 'ended']);
    expect(result.current.status).toBe('finished');
    expect(result.current.announcement?.kind).toBe('ended');
    expect(wakeTimes()).toEqual([]);
    expect(FakeTimeoutWorker.made).toHaveLength(1);
  });

  it('moves the wake-up when the round is extended', async () => {
    const { result } = await mount(3 * MIN);
    act(() => result.current.start());
    act(() => result.current.extend(MIN));
    expect(wakeTimes()).toEqual([T0 + 3 * MIN + 1]);
  });

  it('clears the wake-up on pause and unmount, and sets it for the time left on resume', async () => {
    const { result, seen, unmount } = await mount(3 * MIN);
    act(() => result.current.start());
    vi.setSystemTime(T0 + 30_000);
    act(() => result.current.pause());
    expect(wakeTimes()).toEqual([]);
    vi.setSystemTime(T0 + 10 * MIN);
    act(() => result.current.resume());
    expect(wakeTimes()).toEqual([T0 + 10 * MIN + 90_000 + 1]);
    unmount();
    expect(wakeTimes()).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('sets the end itself for a round of one minute or less', async () => {
    const { result } = await mount(45_000);
    act(() => result.current.start());
    expect(wakeTimes()).toEqual([T0 + 45_000 + 1]);
  });
});
