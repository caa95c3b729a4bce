import { progress, remaining, status } from '../../domain/timer/timer-read.ts';
import type { TimerState } from '../../domain/timer/timer-state.ts';
import { useNow } from '../../hooks/use-now.ts';
import type { TimerAnnouncement } from '../../hooks/use-timer.ts';

/**
 * A timer someone else runs (the presenter window), drawn from its timestamps: ticks only while
 * it runs, and says «Tiden er ute» in its live region once the time is up. It never acts.
 */
export function useTimerView(timer: TimerState) {
  const running = timer.startedAt !== null && timer.pausedAt === null;
  const now = useNow(250, running);
  const current = status(timer, now);
  // The end of each run of the timer is one announcement: a restart or «+1 min» makes a new one.
  const announcement: TimerAnnouncement | null =
    current === 'finished' ? { kind: 'ended', seq: (timer.startedAt ?? 0) + timer.extendedMs } : null;
  return {
    remainingMs: remaining(timer, now),
    status: current,
    progress: progress(timer, now),
    announcement,
  };
}
