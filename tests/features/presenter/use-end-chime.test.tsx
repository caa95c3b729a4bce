// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extend, pause, start } from '../../../src/domain/timer/timer-actions.ts';
import { createTimer, type TimerState } from '../../../src/domain/timer/timer-state.ts';
import { useEndChime } from '../../../src/features/presenter/use-end-chime.ts';
import { playChime } from '../../../src/lib/chime.ts';

vi.mock('../../../src/lib/chime.ts', () => ({ playChime: vi.fn(), unlockChime: vi.fn() }));

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
type Props = { timer: TimerState; running: boolean; muted: boolean };
const mount = (props: Props) =>
  renderHook((p: Props) => useEndChime(p.timer, p.running, p.muted), { initialProps: props });

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
  vi.mocked(playChime).mockClear();
});
afterEach(() => vi.useRealTimers());

describe('useEndChime', () => {
  it('chimes at the end by itself (no tick needed), and only once for that end', () => {
    const timer = start(createTimer(120_000), T0);
    const hook = mount({ timer, running: true, muted: false });
    vi.advanceTimersByTime(119_999);
    expect(playChime).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(playChime).toHaveBeenCalledExactlyOnceWith({ muted: false });
    hook.result.current.onEnded(); // the timer's own milestone, arriving late
    expect(playChime).toHaveBeenCalledTimes(1);
  });

  it('moves with «+1 min», stays quiet when paused, and respects mute', () => {
    const timer = start(createTimer(60_000), T0);
    const hook = mount({ timer, running: true, muted: true });
    vi.advanceTimersByTime(30_000);
    const longer = extend(timer, 60_000, Date.now());
    hook.rerender({ timer: longer, running: true, muted: true });
    vi.advanceTimersByTime(60_000);
    expect(playChime).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(playChime).toHaveBeenCalledExactlyOnceWith({ muted: true });

    vi.mocked(playChime).mockClear();
    const other = start(createTimer(60_000), Date.now());
    hook.rerender({ timer: other, running: true, muted: false });
    vi.advanceTimersByTime(10_000);
    hook.rerender({ timer: pause(other, Date.now()), running: false, muted: false });
    vi.advanceTimersByTime(120_000);
    expect(playChime).not.toHaveBeenCalled();
  });
});
