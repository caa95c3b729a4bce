import { useEffect, useRef } from 'react';
import { totalMs, type TimerState } from '../../domain/timer/timer-state.ts';
import { readClock } from '../../hooks/use-now.ts';
import { playChime } from '../../lib/chime.ts';
import { preciseTimeout } from '../../lib/precise-timeout.ts';

// One run of a timer to its end: a pause, «+1 min» or a restart makes another end.
const endKey = (t: TimerState) => `${t.startedAt}:${t.pausedTotalMs}:${t.extendedMs}`;

/**
 * The chime at the end of a running timer, exactly once per end. Besides the timer's own
 * 'ended' milestone (call `onEnded` from it), a wake-up is set for the end itself through
 * `preciseTimeout` (a worker's timer: a presenter window hidden behind other windows gets its
 * own timers slowed by the browser), so the room hears the end when it comes.
 */
export function useEndChime(timer: TimerState, running: boolean, muted: boolean) {
  const chimed = useRef<string | null>(null);
  const mutedNow = useRef(muted);
  useEffect(() => {
    mutedNow.current = muted;
  }, [muted]);
  const chime = (t: TimerState) => {
    const key = endKey(t);
    if (chimed.current === key) return;
    chimed.current = key;
    playChime({ muted: mutedNow.current });
  };
  useEffect(() => {
    if (!running || timer.startedAt === null || timer.pausedAt !== null) return;
    const end = timer.startedAt + timer.pausedTotalMs + totalMs(timer);
    return preciseTimeout(() => chime(timer), Math.max(0, end - readClock()));
  }, [running, timer]);
  return { onEnded: () => chime(timer) };
}
