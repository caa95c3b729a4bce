/**
 * What the timeout worker does (src/lib/timeout-worker.ts is only its entry): it keeps one-shot
 * timeouts and posts each one's id back when it is due. It runs in a dedicated worker because
 * Chromium throttles a hidden page's own timers (to whole seconds, and after five minutes hidden
 * chained ones to whole minutes), but not a worker's.
 */

/** A request to the worker: post `id` back at wall-clock time `at` (ms, Date.now), or cancel it (at: null). */
export type TimeoutRequest = { readonly id: number; readonly at: number | null };

/** The parts of a worker's global scope the service uses (a test passes a plain object). */
export type TimeoutScope = {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage: (id: number) => void;
};

const isRequest = (x: unknown): x is TimeoutRequest => {
  if (typeof x !== 'object' || x === null) return false;
  const { id, at } = x as Record<string, unknown>;
  return Number.isSafeInteger(id) && (at === null || (typeof at === 'number' && Number.isFinite(at)));
};

/** Serves TimeoutRequests on scope: each id is posted back once at its time, unless cancelled first. */
export function serveTimeouts(scope: TimeoutScope): void {
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  scope.onmessage = ({ data }) => {
    if (!isRequest(data)) return;
    clearTimeout(timers.get(data.id));
    timers.delete(data.id);
    if (data.at === null) return;
    // The due time is absolute, so the time the request spent in transit (or waiting for this
    // worker to start) is not added to the wait.
    const delay = Math.max(0, data.at - Date.now());
    timers.set(
      data.id,
      setTimeout(() => {
        timers.delete(data.id);
        scope.postMessage(data.id);
      }, delay),
    );
  };
}
