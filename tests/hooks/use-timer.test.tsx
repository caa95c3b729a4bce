// @vitest-environment jsdom
import { StrictMode } from 'react';
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseTimer } from '../../src/domain/timer/timer-storage.ts';
import type { TimerMilestone } from '../../src/domain/timer/timer-milestones.ts';
import { useTimer, type UseTimerOptions } from '../../src/hooks/use-timer.ts';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const KEY = 'round-1';
const MIN = 60_000;

const mount = (options: UseTimerOptions) =>
  renderHook((props: UseTimerOptions) => useTimer(props), { initialProps: options, wrapper: StrictMode });

/** Advances the fake clock in ticks of `step` ms, letting React render each tick. */
const advance = (ms: number, step = 250) => {
  for (let done = 0; done < ms; done += step) act(() => vi.advanceTimersByTime(Math.min(step, ms - done)));
};

/** A background tab: the clock moves on but no interval fires, then the page is shown. */
const jumpWhileHidden = (ms: number) => {
  vi.setSystemTime(Date.now() + ms);
  act(() => document.dispatchEvent(new Event('visibilitychange')));
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
  sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useTimer: persistence', () => {
  it('restores a running round after a reload with the same remaining time', () => {
    const first = mount({ storageKey: KEY, durationMs: 2 * MIN });
    act(() => first.result.current.start());
    advance(30_000);
    expect(first.result.current.remainingMs).toBe(90_000);
    first.unmount();

    vi.setSystemTime(Date.now() + 10_000); // the reload takes ten seconds
    const second = mount({ storageKey: KEY, durationMs: 2 * MIN });
    expect(second.result.current.status).toBe('running');
    expect(second.result.current.remainingMs).toBe(80_000);
  });

  it('restores a paused round frozen, however long the reload took', () => {
    const first = mount({ storageKey: KEY, durationMs: 5 * MIN });
    act(() => first.result.current.start());
    advance(60_000);
    act(() => first.result.current.pause());
    first.unmount();
    vi.setSystemTime(Date.now() + 30 * MIN);
    const second = mount({ storageKey: KEY, durationMs: 5 * MIN });
    expect(second.result.current.status).toBe('paused');
    expect(second.result.current.remainingMs).toBe(4 * MIN);
  });

  it('stores the timer as timestamps that parse back', () => {
    const { result } = mount({ storageKey: KEY, durationMs: MIN });
    act(() => result.current.start());
    expect(parseTimer(sessionStorage.getItem(KEY))).toEqual(result.current.state);
    act(() => result.current.reset());
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('ignores a damaged stored timer and starts fresh with the given duration', () => {
    sessionStorage.setItem(KEY, '{"type":"kortstokk/timer","v":1,"durationMs":-5}');
    const { result } = mount({ storageKey: KEY, durationMs: 3 * MIN });
    expect(result.current.status).toBe('idle');
    expect(result.current.remainingMs).toBe(3 * MIN);
  });

  it('loads the other round when the storage key changes', () => {
    const hook = mount({ storageKey: KEY, durationMs: 2 * MIN });
    act(() => hook.result.current.start());
    advance(5_000);
    hook.rerender({ storageKey: 'round-2', durationMs: 4 * MIN });
    expect(hook.result.current.status).toBe('idle');
    expect(hook.result.current.remainingMs).toBe(4 * MIN);
    hook.rerender({ storageKey: KEY, durationMs: 2 * MIN });
    expect(hook.result.current.remainingMs).toBe(2 * MIN - 5_000);
  });
});

describe('useTimer: milestones', () => {
  const watch = (durationMs: number) => {
    const seen: TimerMilestone[] = [];
    const hook = mount({ storageKey: KEY, durationMs, onMilestone: (m) => seen.push(m) });
    return { ...hook, seen };
  };

  it('fires one minute left and the end once each, in order', () => {
    const { result, seen } = watch(3 * MIN);
    act(() => result.current.start());
    advance(4 * MIN);
    expect(seen).toEqual(['one-minute-left', 'ended']);
    expect(result.current.status).toBe('finished');
    expect(result.current.announcement?.kind).toBe('ended');
  });

  it('fires only the end after the clock jumps past it in a background tab', () => {
    const { result, seen } = watch(3 * MIN);
    act(() => result.current.start());
    advance(10_000);
    jumpWhileHidden(20 * MIN);
    expect(seen).toEqual(['ended']);
    expect(result.current.remainingMs).toBe(0);
    advance(5_000);
    jumpWhileHidden(MIN);
    expect(seen).toEqual(['ended']);
  });

  it('stops ticking once the time is up', () => {
    const { result } = watch(MIN);
    act(() => result.current.start());
    advance(MIN + 1_000);
    expect(result.current.status).toBe('finished');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gets its milestones from the one-shot wake-up when no interval fires (no Worker: the page fallback)', () => {
    expect(typeof Worker).toBe('undefined');
    // A hidden tab whose interval is throttled away: only the wake-up's page timeout can run.
    vi.spyOn(globalThis, 'setInterval').mockImplementation(
      () => 0 as unknown as ReturnType<typeof setInterval>,
    );
    const { result, seen } = watch(3 * MIN);
    act(() => result.current.start());
    act(() => vi.advanceTimersByTime(2 * MIN + 1));
    expect(seen).toEqual(['one-minute-left']);
    act(() => vi.advanceTimersByTime(MIN));
    expect(seen).toEqual(['one-minute-left', 'ended']);
    expect(result.current.status).toBe('finished');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reports a milestone crossed between two ticks when an action comes first, and not again', () => {
    const { result, seen } = watch(2 * MIN);
    act(() => result.current.start());
    advance(59_750); // 60.25 s left at the last tick
    vi.setSystemTime(T0 + 60_100);
    act(() => result.current.pause());
    expect(seen).toEqual(['one-minute-left']);
    vi.setSystemTime(Date.now() + 5 * MIN);
    act(() => result.current.resume());
    advance(2 * MIN);
    expect(seen).toEqual(['one-minute-left', 'ended']);
  });

  it('fires the end again after the finished round is extended', () => {
    const { result, seen } = watch(MIN);
    act(() => result.current.start());
    advance(MIN + 5_000);
    act(() => result.current.extend(30_000));
    expect(result.current.status).toBe('running');
    expect(result.current.remainingMs).toBe(30_000);
    advance(31_000);
    expect(seen).toEqual(['ended', 'ended']);
  });

  it('announces nothing on restore: the round was announced before the reload', () => {
    const first = watch(3 * MIN);
    act(() => first.result.current.start());
    first.unmount();
    vi.setSystemTime(Date.now() + 10 * MIN);
    const second = watch(3 * MIN);
    advance(1_000);
    expect(second.seen).toEqual([]);
    expect(second.result.current.status).toBe('finished');
    expect(second.result.current.announcement).toBeNull();
  });
});

describe('useTimer: actions', () => {
  it('toggles idle → running → paused → running, and restarts a finished round', () => {
    const { result } = mount({ durationMs: MIN });
    act(() => result.current.toggle());
    expect(result.current.status).toBe('running');
    expect(result.current.announcement?.kind).toBe('started');
    advance(10_000);
    act(() => result.current.toggle());
    expect(result.current.status).toBe('paused');
    advance(10_000);
    expect(result.current.remainingMs).toBe(50_000);
    act(() => result.current.toggle());
    expect(result.current.status).toBe('running');
    advance(60_000);
    expect(result.current.status).toBe('finished');
    act(() => result.current.toggle());
    expect(result.current.status).toBe('running');
    expect(result.current.remainingMs).toBe(MIN);
  });

  it('keeps time added before the start when started with toggle', () => {
    const { result } = mount({ durationMs: 2 * MIN });
    act(() => result.current.extend(MIN));
    expect(result.current.remainingMs).toBe(3 * MIN);
    act(() => result.current.toggle());
    expect(result.current.status).toBe('running');
    expect(result.current.remainingMs).toBe(3 * MIN);
    advance(3 * MIN);
    expect(result.current.status).toBe('finished');
    act(() => result.current.toggle()); // a restart starts from the planned duration
    expect(result.current.remainingMs).toBe(2 * MIN);
  });

  it('never renders a stale time after resume, not even for one frame', () => {
    const rendered: number[] = [];
    const { result } = renderHook(() => {
      const timer = useTimer({ durationMs: 5 * MIN });
      rendered.push(timer.remainingMs);
      return timer;
    });
    act(() => result.current.start());
    advance(MIN);
    act(() => result.current.pause());
    vi.setSystemTime(Date.now() + 10 * MIN);
    rendered.length = 0;
    act(() => result.current.resume());
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.every((ms) => ms <= 4 * MIN)).toBe(true);
    expect(result.current.remainingMs).toBe(4 * MIN);
  });

  it('sets a new duration and returns to idle; progress follows the elapsed share', () => {
    const { result } = mount({ durationMs: MIN });
    act(() => result.current.setDuration(4 * MIN));
    expect(result.current.status).toBe('idle');
    act(() => result.current.start());
    advance(MIN);
    expect(result.current.progress).toBeCloseTo(0.25);
    act(() => result.current.reset());
    expect(result.current.remainingMs).toBe(4 * MIN);
    expect(result.current.announcement).toBeNull();
  });
});
