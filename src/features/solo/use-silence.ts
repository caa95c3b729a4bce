import { useEffect } from 'react';
import { useTimer } from '../../hooks/use-timer.ts';
import { useWakeLock } from '../../hooks/use-wake-lock.ts';
import { playChime } from '../../lib/chime.ts';
import { vibrateGently } from '../../lib/vibrate.ts';
import { useAppStore } from '../../store/store.ts';
import { SILENCE_TIMER_KEY } from './session-storage.ts';

const HOLD_OWNER = 'solo';

/**
 * The silent round: the shared timestamp timer (kept in sessionStorage, so a reload mid-round
 * finds it), a soft chime and a short vibration at the end unless muted, the screen kept awake
 * while it runs, and the update banner held back until the round is over.
 */
export function useSilence() {
  const minutes = useAppStore((s) => s.solo.silenceMinutes);
  const muted = useAppStore((s) => s.solo.muted);
  const timer = useTimer({
    storageKey: SILENCE_TIMER_KEY,
    durationMs: minutes * 60_000,
    onMilestone: (milestone) => {
      if (milestone !== 'ended') return;
      const quiet = useAppStore.getState().solo.muted;
      playChime({ muted: quiet });
      if (!quiet) vibrateGently();
    },
  });
  const inRound = timer.status === 'running' || timer.status === 'paused';
  useWakeLock(timer.status === 'running');
  useEffect(() => {
    if (!inRound) return;
    const { holdUpdate, releaseUpdate } = useAppStore.getState();
    holdUpdate(HOLD_OWNER);
    return () => releaseUpdate(HOLD_OWNER);
  }, [inRound]);
  return {
    timer,
    /** A round was started and not closed (running, paused or finished): also after a reload. */
    started: timer.state.startedAt !== null,
    minutes,
    muted,
    setMinutes: useAppStore((s) => s.setSilenceMinutes),
    setMuted: useAppStore((s) => s.setSoloMuted),
  };
}

/** What useSilence returns. */
export type Silence = ReturnType<typeof useSilence>;
