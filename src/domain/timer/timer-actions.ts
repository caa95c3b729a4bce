import { rawElapsed, status } from './timer-read.ts';
import { MAX_TIMER_MS, totalMs, type TimerState } from './timer-state.ts';

/** Starts an idle timer at `now`; any other timer is returned unchanged (reset first to restart). */
export function start(t: TimerState, now: number): TimerState {
  if (t.startedAt !== null) return t;
  return { ...t, startedAt: now, pausedAt: null, pausedTotalMs: 0 };
}

/** Pauses a running timer at `now`; idle, paused and finished timers are returned unchanged. */
export function pause(t: TimerState, now: number): TimerState {
  if (status(t, now) !== 'running' || t.startedAt === null) return t;
  // A clock set back before the start must not make the paused elapsed time negative.
  return { ...t, pausedAt: Math.max(now, t.startedAt) };
}

/** Resumes a paused timer at `now`, leaving the paused stretch out of the count. */
export function resume(t: TimerState, now: number): TimerState {
  if (t.pausedAt === null) return t;
  return { ...t, pausedAt: null, pausedTotalMs: t.pausedTotalMs + Math.max(0, now - t.pausedAt) };
}

/**
 * Adds ms (a positive integer) to the total, at most up to MAX_TIMER_MS. Works idle, running,
 * paused or finished: a finished timer's overrun is frozen as if paused, so it counts exactly the
 * added time from `now` instead of staying finished because the end already lies behind it.
 */
export function extend(t: TimerState, ms: number, now: number): TimerState {
  if (!Number.isInteger(ms) || ms < 1) throw new RangeError('ms must be a positive integer');
  const extendedMs = Math.min(t.extendedMs + ms, MAX_TIMER_MS - t.durationMs);
  const overrun = Math.max(0, rawElapsed(t, now) - totalMs(t));
  return { ...t, extendedMs, pausedTotalMs: t.pausedTotalMs + overrun };
}

/** Back to idle with the planned duration; extensions are dropped. */
export function reset(t: TimerState): TimerState {
  return { durationMs: t.durationMs, extendedMs: 0, startedAt: null, pausedAt: null, pausedTotalMs: 0 };
}
