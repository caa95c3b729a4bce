import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeTimeoutWorker, theWorker } from './fake-timeout-worker.ts';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

// precise-timeout.ts keeps its worker in module state: each test imports a fresh copy.
const load = async () => {
  vi.resetModules();
  return (await import('../../src/lib/precise-timeout.ts')).preciseTimeout;
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
  FakeTimeoutWorker.made = [];
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('preciseTimeout without Worker (jsdom, old browsers): the main-thread fallback', () => {
  it('calls back once after the delay, and never when cancelled first', async () => {
    expect(typeof Worker).toBe('undefined');
    const preciseTimeout = await load();
    const kept = vi.fn();
    const dropped = vi.fn();
    preciseTimeout(kept, 1_000);
    const cancel = preciseTimeout(dropped, 1_000);
    cancel();
    vi.advanceTimersByTime(999);
    expect(kept).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(kept).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(60_000);
    expect(kept).toHaveBeenCalledOnce();
    expect(dropped).not.toHaveBeenCalled();
    cancel(); // cancelling twice is harmless
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('preciseTimeout with a worker', () => {
  beforeEach(() => vi.stubGlobal('Worker', FakeTimeoutWorker));

  it('starts no worker until the first timeout, then one module worker for all', async () => {
    const preciseTimeout = await load();
    expect(FakeTimeoutWorker.made).toHaveLength(0);
    preciseTimeout(() => undefined, 1_000);
    preciseTimeout(() => undefined, 2_500);
    expect(FakeTimeoutWorker.made).toHaveLength(1);
    const w = theWorker();
    expect(String(w.url)).toMatch(/timeout-worker\.ts$/);
    expect(w.options).toEqual({ type: 'module' });
    expect([...w.pending().values()]).toEqual([T0 + 1_000, T0 + 2_500]);
  });

  it('calls back when the worker answers, before any page timer could, and only once', async () => {
    const preciseTimeout = await load();
    const fn = vi.fn();
    preciseTimeout(fn, 90_000);
    const [id] = [...theWorker().pending().keys()];
    vi.setSystemTime(T0 + 90_000); // a hidden tab: the page's own timers have not run
    theWorker().answer(id ?? -1);
    expect(fn).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(90_000); // the dropped fallback does not call again
    expect(fn).toHaveBeenCalledOnce();
  });

  it('tells the worker when a timeout is cancelled, and ignores a late answer', async () => {
    const preciseTimeout = await load();
    const fn = vi.fn();
    const cancel = preciseTimeout(fn, 5_000);
    const [id] = [...theWorker().pending().keys()];
    cancel();
    expect(theWorker().pending().size).toBe(0);
    expect(theWorker().sent.at(-1)).toEqual({ id, at: null });
    theWorker().answer(id ?? -1);
    vi.advanceTimersByTime(10_000);
    expect(fn).not.toHaveBeenCalled();
  });

  it('when the page timer comes first, calls back once and cancels the worker’s', async () => {
    const preciseTimeout = await load();
    const fn = vi.fn();
    preciseTimeout(fn, 1_000);
    const [id] = [...theWorker().pending().keys()];
    vi.advanceTimersByTime(1_000);
    expect(fn).toHaveBeenCalledOnce();
    expect(theWorker().pending().size).toBe(0);
    theWorker().answer(id ?? -1);
    expect(fn).toHaveBeenCalledOnce();
  });

  it('falls back to page timers when the worker fails, and starts no other', async () => {
    const preciseTimeout = await load();
    const before = vi.fn();
    const after = vi.fn();
    preciseTimeout(before, 1_000);
    theWorker().fail();
    expect(theWorker().terminated).toBe(true);
    preciseTimeout(after, 2_000);
    expect(FakeTimeoutWorker.made).toHaveLength(1);
    vi.advanceTimersByTime(2_000);
    expect(before).toHaveBeenCalledOnce();
    expect(after).toHaveBeenCalledOnce();
  });

  it('falls back to page timers when the worker cannot be made (e.g. blocked by the CSP)', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('blocked', 'SecurityError');
        }
      },
    );
    const preciseTimeout = await load();
    const fn = vi.fn();
    preciseTimeout(fn, 1_000);
    vi.advanceTimersByTime(1_000);
    expect(fn).toHaveBeenCalledOnce();
  });

  it('ends an idle worker and starts a fresh one for the next timeout', async () => {
    const preciseTimeout = await load();
    preciseTimeout(() => undefined, 1_000)();
    const first = theWorker();
    preciseTimeout(() => undefined, 1_000); // still in use: not ended
    vi.advanceTimersByTime(999);
    expect(first.terminated).toBe(false);
    vi.advanceTimersByTime(1); // the last timeout is done: the worker is now idle
    vi.advanceTimersByTime(30_000);
    expect(first.terminated).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    preciseTimeout(() => undefined, 1_000);
    expect(FakeTimeoutWorker.made).toHaveLength(2);
    expect(theWorker().terminated).toBe(false);
  });
});
