// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readClock, setClock, useNow } from '../../src/hooks/use-now.ts';

let time = 1_000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  time = 1_000;
  setClock(() => time);
});
afterEach(() => {
  cleanup();
  setClock(null);
  vi.useRealTimers();
});

describe('useNow', () => {
  it('re-reads the clock on every interval while enabled', () => {
    const { result } = renderHook(() => useNow(250, true));
    expect(result.current).toBe(1_000);
    time = 1_300;
    act(() => vi.advanceTimersByTime(250));
    expect(result.current).toBe(1_300);
  });

  it('stands still while disabled, and is current again the moment it is enabled', () => {
    const { result, rerender } = renderHook(({ on }) => useNow(250, on), { initialProps: { on: false } });
    time = 9_000;
    act(() => vi.advanceTimersByTime(5_000));
    expect(result.current).toBe(1_000);
    expect(vi.getTimerCount()).toBe(0);
    rerender({ on: true });
    expect(result.current).toBe(9_000);
  });

  it('reads the clock when the page becomes visible, without waiting for a tick', () => {
    const { result } = renderHook(() => useNow(60_000, true));
    time = 500_000;
    act(() => document.dispatchEvent(new Event('visibilitychange')));
    expect(result.current).toBe(500_000);
  });

  it('stops its interval on unmount', () => {
    const { unmount } = renderHook(() => useNow(250, true));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('falls back to Date.now when the clock is restored', () => {
    setClock(null);
    expect(Math.abs(readClock() - Date.now())).toBeLessThan(1_000);
  });
});
