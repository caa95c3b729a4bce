// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWakeLock } from '../../src/hooks/use-wake-lock.ts';

type FakeSentinel = { released: boolean; release: () => Promise<void> };

function installWakeLock(request: () => Promise<FakeSentinel>) {
  const spy = vi.fn(request);
  Object.defineProperty(navigator, 'wakeLock', { value: { request: spy }, configurable: true });
  return spy;
}

const sentinel = (): FakeSentinel => {
  const s: FakeSentinel = {
    released: false,
    release: vi.fn(async () => {
      s.released = true;
    }),
  };
  return s;
};

const flush = () => act(async () => {});

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'wakeLock');
});

describe('useWakeLock', () => {
  it('holds the screen awake while active and lets go when inactive', async () => {
    const lock = sentinel();
    const request = installWakeLock(async () => lock);
    const { rerender } = renderHook(({ on }) => useWakeLock(on), { initialProps: { on: true } });
    await flush();
    expect(request).toHaveBeenCalledWith('screen');
    rerender({ on: false });
    expect(lock.release).toHaveBeenCalledTimes(1);
  });

  it('asks again when the page is shown after the browser dropped the lock', async () => {
    const locks: FakeSentinel[] = [];
    const request = installWakeLock(async () => {
      locks.push(sentinel());
      return locks.at(-1)!;
    });
    const { unmount } = renderHook(() => useWakeLock(true));
    await flush();
    locks[0]!.released = true; // the tab was hidden
    document.dispatchEvent(new Event('visibilitychange'));
    await flush();
    expect(request).toHaveBeenCalledTimes(2);
    document.dispatchEvent(new Event('visibilitychange')); // still held: no new request
    await flush();
    expect(request).toHaveBeenCalledTimes(2);
    unmount();
    expect(locks[1]!.release).toHaveBeenCalled();
  });

  it('releases a lock that arrives after the round already ended', async () => {
    const lock = sentinel();
    let grant: (s: FakeSentinel) => void = () => undefined;
    installWakeLock(() => new Promise((resolve) => (grant = resolve)));
    const { unmount } = renderHook(() => useWakeLock(true));
    unmount();
    await act(async () => grant(lock));
    expect(lock.release).toHaveBeenCalled();
  });

  it('is quiet when refused or unsupported', async () => {
    const error = vi.spyOn(console, 'error');
    installWakeLock(() => Promise.reject(new DOMException('battery saver', 'NotAllowedError')));
    const refused = renderHook(() => useWakeLock(true));
    await flush();
    refused.unmount();
    Reflect.deleteProperty(navigator, 'wakeLock');
    const unsupported = renderHook(() => useWakeLock(true));
    unsupported.unmount();
    installWakeLock(() => {
      throw new TypeError('no');
    });
    expect(() => renderHook(() => useWakeLock(true)).unmount()).not.toThrow();
    expect(error).not.toHaveBeenCalled();
  });
});
