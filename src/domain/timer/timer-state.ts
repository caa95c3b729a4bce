/**
 * A timer is stored as timestamps, never as a counter that something decrements: what is left is
 * computed from `now` whenever it is asked for, so the timer survives reloads, background tabs and
 * locked screens without drifting. All times are milliseconds; `now` is always a parameter.
 */
export type TimerState = {
  /** The planned duration; reset() returns to it. */
  readonly durationMs: number;
  /** Time added with «+1 min»; the timer runs for durationMs + extendedMs in total. */
  readonly extendedMs: number;
  /** When start() was called; null while idle. */
  readonly startedAt: number | null;
  /** When the current pause began; null unless paused. */
  readonly pausedAt: number | null;
  /** Time that does not count: completed pauses, and the overrun frozen when a finished timer is extended. */
  readonly pausedTotalMs: number;
};

/** Longest total a timer may run (durations and extensions together): a full day. */
export const MAX_TIMER_MS = 24 * 60 * 60 * 1000;

/** Creates an idle timer of durationMs (an integer in 1..MAX_TIMER_MS). */
export function createTimer(durationMs: number): TimerState {
  if (!Number.isInteger(durationMs) || durationMs < 1 || durationMs > MAX_TIMER_MS) {
    throw new RangeError(`durationMs must be an integer in 1..${MAX_TIMER_MS}`);
  }
  return { durationMs, extendedMs: 0, startedAt: null, pausedAt: null, pausedTotalMs: 0 };
}

/** The full running time, extensions included. */
export function totalMs(t: TimerState): number {
  return t.durationMs + t.extendedMs;
}
