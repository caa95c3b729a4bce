import { totalMs, type TimerState } from './timer-state.ts';

/** What a timer is doing at a moment. */
export type TimerStatus = 'idle' | 'running' | 'paused' | 'finished';

/** Counted time before clamping: may be negative (clock set back) or beyond the total (overrun). */
export function rawElapsed(t: TimerState, now: number): number {
  if (t.startedAt === null) return 0;
  return (t.pausedAt ?? now) - t.startedAt - t.pausedTotalMs;
}

/** Time counted so far, in [0, total]. */
export function elapsed(t: TimerState, now: number): number {
  return Math.min(totalMs(t), Math.max(0, rawElapsed(t, now)));
}

/** Time left, in [0, total]; elapsed + remaining is always the total. */
export function remaining(t: TimerState, now: number): number {
  return totalMs(t) - elapsed(t, now);
}

/** The timer's status at `now`; a timer whose time is used up is finished, even if it was paused. */
export function status(t: TimerState, now: number): TimerStatus {
  if (t.startedAt === null) return 'idle';
  if (remaining(t, now) === 0) return 'finished';
  return t.pausedAt === null ? 'running' : 'paused';
}

/** Share of the total that has passed, in [0, 1] (for a progress ring). */
export function progress(t: TimerState, now: number): number {
  return elapsed(t, now) / totalMs(t);
}
