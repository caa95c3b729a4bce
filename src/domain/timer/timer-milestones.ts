import { remaining } from './timer-read.ts';
import type { TimerState } from './timer-state.ts';

/** Moments worth announcing in a polite live region ('started' is an action, not a moment in time). */
export type TimerMilestone = 'one-minute-left' | 'ended';

/** Remaining time at which 'one-minute-left' is announced. */
export const ONE_MINUTE_MS = 60_000;

/**
 * The milestones crossed between two observations of the same timer state (prevNow < now).
 * Works however far apart the observations are (a background tab wakes up late) and reports
 * 'ended' only in the window where the time ran out. A 'one-minute-left' that was overtaken by
 * the end in the same window is not reported: announcing it then would be wrong. It is only ever
 * reported when more than a minute was left before, so timers of 60 s or less never announce it.
 */
export function milestones(t: TimerState, prevNow: number, now: number): TimerMilestone[] {
  if (!(now > prevNow)) return [];
  const before = remaining(t, prevNow);
  const after = remaining(t, now);
  if (before > 0 && after === 0) return ['ended'];
  if (before > ONE_MINUTE_MS && after <= ONE_MINUTE_MS) return ['one-minute-left'];
  return [];
}
