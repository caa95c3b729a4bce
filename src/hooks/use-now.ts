import { useEffect, useState } from 'react';

/** A source of the current time in ms; Date.now unless a test swaps it. */
export type Clock = () => number;

const systemClock: Clock = () => Date.now();
let clock: Clock = systemClock;

/** Replaces the clock every hook reads (tests); null restores Date.now. */
export function setClock(next: Clock | null): void {
  clock = next ?? systemClock;
}

/** The current time from the shared clock (for actions that must agree with useNow). */
export function readClock(): number {
  return clock();
}

/**
 * The current time, re-read every intervalMs while enabled and at once when the page becomes
 * visible again: background tabs get their intervals throttled, so a timer must not wait for the
 * next tick to be right. While disabled the value stands still.
 */
export function useNow(intervalMs: number, enabled = true): number {
  const [now, setNow] = useState(readClock);
  useEffect(() => {
    if (!enabled) return;
    const tick = () => setNow(readClock());
    // Enabling after a pause must not show a stale time until the first tick.
    tick();
    const id = setInterval(tick, intervalMs);
    const onVisibility = () => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearInterval(id);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [intervalMs, enabled]);
  return now;
}
