import type { TimeoutRequest } from './timeout-service.ts';

/**
 * One-shot timeouts that come on time in a hidden tab. Chromium aligns a hidden page's timers to
 * whole seconds (after five minutes hidden, chained ones to whole minutes), which made the
 * timer's end come up to a second late (measured by `npm run bench`). A dedicated worker's
 * timers are not throttled like that, and its messages wake the page, so each timeout is kept
 * there. A main-thread timeout is always set too, as the fallback: without Worker (jsdom,
 * old browsers), when the worker cannot start (blocked, offline without its file) or fails.
 * Whichever comes first runs the callback; the other is dropped.
 */

type Pending = { fn: () => void; fallback: ReturnType<typeof setTimeout> };

// A worker left without timeouts this long is ended; the next timeout starts a new one.
const IDLE_MS = 30_000;

const pending = new Map<number, Pending>();
let nextId = 1;
let worker: Worker | null = null;
let broken = false;
let idle: ReturnType<typeof setTimeout> | undefined;

const send = (request: TimeoutRequest) => worker?.postMessage(request);

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

// Only started once a timer runs: the first load never pays for it.
function ensureWorker(): void {
  if (worker !== null || broken || typeof Worker === 'undefined') return;
  try {
    const started = new Worker(new URL('./timeout-worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = (event: MessageEvent<unknown>) => {
      if (typeof event.data === 'number') fire(event.data, false);
    };
    // Not loadable or failed: the main-thread fallbacks already set carry on, and no new worker
    // is tried for this page.
    started.onerror = started.onmessageerror = () => {
      broken = true;
      stopWorker();
    };
    worker = started;
  } catch {
    broken = true; // e.g. a SecurityError from the CSP
  }
}

function settle(): void {
  clearTimeout(idle);
  idle = undefined;
  if (pending.size === 0 && worker !== null) idle = setTimeout(stopWorker, IDLE_MS);
}

function fire(id: number, fromFallback: boolean): void {
  const entry = pending.get(id);
  if (!entry) return; // cancelled, or the other of the pair came first
  pending.delete(id);
  clearTimeout(entry.fallback);
  if (fromFallback) send({ id, at: null });
  settle();
  entry.fn();
}

/** Calls fn once, delayMs from now, on time also in a hidden tab; returns a function that cancels it. */
export function preciseTimeout(fn: () => void, delayMs: number): () => void {
  const id = nextId;
  nextId += 1;
  const delay = Math.max(0, delayMs);
  pending.set(id, { fn, fallback: setTimeout(() => fire(id, true), delay) });
  ensureWorker();
  // The due time as a wall-clock time: a worker still starting up does not shift it.
  send({ id, at: Date.now() + delay });
  settle();
  return () => {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    clearTimeout(entry.fallback);
    send({ id, at: null });
    settle();
  };
}
