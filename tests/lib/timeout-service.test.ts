import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serveTimeouts, type TimeoutScope } from '../../src/lib/timeout-service.ts';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

const serve = () => {
  const posted: number[] = [];
  const scope: TimeoutScope = { onmessage: null, postMessage: (id) => posted.push(id) };
  serveTimeouts(scope);
  const ask = (data: unknown) => scope.onmessage?.({ data });
  return { posted, ask };
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('serveTimeouts (the timeout worker)', () => {
  it('posts an id back once, at its due time and not before', () => {
    const { posted, ask } = serve();
    ask({ id: 7, at: T0 + 1_000 });
    ask({ id: 8, at: T0 + 500 });
    vi.advanceTimersByTime(999);
    expect(posted).toEqual([8]);
    vi.advanceTimersByTime(1);
    expect(posted).toEqual([8, 7]);
    vi.advanceTimersByTime(60_000);
    expect(posted).toEqual([8, 7]);
  });

  it('counts from the due time, not from when the request arrived', () => {
    const { posted, ask } = serve();
    vi.setSystemTime(T0 + 300); // the request was on its way (or the worker starting) for 300 ms
    ask({ id: 1, at: T0 + 1_000 });
    vi.advanceTimersByTime(700);
    expect(posted).toEqual([1]);
  });

  it('answers a due time already past at once', () => {
    const { posted, ask } = serve();
    ask({ id: 2, at: T0 - 5_000 });
    vi.advanceTimersByTime(0);
    expect(posted).toEqual([2]);
  });

  it('never answers a cancelled id, and a repeated id replaces the earlier time', () => {
    const { posted, ask } = serve();
    ask({ id: 3, at: T0 + 1_000 });
    ask({ id: 3, at: null });
    ask({ id: 4, at: T0 + 1_000 });
    ask({ id: 4, at: T0 + 5_000 });
    vi.advanceTimersByTime(4_999);
    expect(posted).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(posted).toEqual([4]);
  });

  it('ignores messages that are not timeout requests', () => {
    const { posted, ask } = serve();
    for (const bad of [null, 5, 'x', {}, { id: 1.5, at: T0 }, { id: 1, at: 'soon' }, { id: 1, at: Infinity }])
      ask(bad);
    vi.advanceTimersByTime(60_000);
    expect(posted).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
