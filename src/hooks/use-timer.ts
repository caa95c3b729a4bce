import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  extend as extendTimer,
  pause,
  reset as resetTimer,
  resume,
  start,
} from '../domain/timer/timer-actions.ts';
import { milestones, ONE_MINUTE_MS, type TimerMilestone } from '../domain/timer/timer-milestones.ts';
import { progress, remaining, status, type TimerStatus } from '../domain/timer/timer-read.ts';
import { createTimer, type TimerState } from '../domain/timer/timer-state.ts';
import { parseTimer, serializeTimer } from '../domain/timer/timer-storage.ts';
import { unlockChime } from '../lib/chime.ts';
import { preciseTimeout } from '../lib/precise-timeout.ts';
import { readClock, useNow } from './use-now.ts';

/** What the timer's polite live region says: the start and the domain's milestones, nothing else. */
export type TimerAnnouncement = { kind: 'started' | TimerMilestone; seq: number };

export type UseTimerOptions = {
  /** sessionStorage key: a reload mid-round restores the same timer. Omit for a timer that forgets. */
  storageKey?: string;
  /** Planned duration of a fresh timer; a restored round keeps its own. */
  durationMs: number;
  /** Called once per milestone crossed (e.g. for a chime), also after a long background gap. */
  onMilestone?: (milestone: TimerMilestone) => void;
};

export type UseTimerResult = {
  state: TimerState;
  remainingMs: number;
  status: TimerStatus;
  progress: number;
  announcement: TimerAnnouncement | null;
  start: () => void;
  pause: () => void;
  resume: () => void;
  /**
   * idle → start (keeping time added while idle), running → pause, paused → resume,
   * finished → start again from the top.
   */
  toggle: () => void;
  extend: (ms?: number) => void;
  reset: () => void;
  /** A new planned duration (integer ms in 1..MAX_TIMER_MS); the timer returns to idle. */
  setDuration: (ms: number) => void;
};

type Held = {
  timer: TimerState;
  /** Last time an action or the end was observed: the view never shows an earlier moment. */
  at: number;
  announcement: TimerAnnouncement | null;
  source: { key: string | undefined; durationMs: number };
};

function readStored(key: string | undefined): TimerState | null {
  if (key === undefined) return null;
  try {
    return parseTimer(sessionStorage.getItem(key));
  } catch {
    return null; // storage disabled: the timer still works, it just forgets
  }
}

function load(key: string | undefined, durationMs: number): Held {
  const stored = readStored(key);
  // An idle timer carries nothing but its duration, which the caller supplies afresh.
  const timer = stored && stored.startedAt !== null ? stored : createTimer(durationMs);
  return { timer, at: readClock(), announcement: null, source: { key, durationMs } };
}

const announce = (prev: TimerAnnouncement | null, kind: TimerAnnouncement['kind']) => ({
  kind,
  seq: (prev?.seq ?? 0) + 1,
});

/**
 * A one-shot wake-up at the next milestone (one minute left, the end). A hidden tab gets its
 * interval throttled (to whole seconds, after five minutes to about once a minute) and its own
 * timeouts aligned to whole seconds, so the wake-up comes from preciseTimeout (a worker's timer,
 * main-thread fallback): the end is shown, announced and chimed within a few ms of its time
 * (measured by `npm run bench`). The 1 ms margin lands it just past the milestone; a wake-up
 * that still comes early simply sets the next one.
 */
function useMilestoneWake(timer: TimerState, live: boolean): number {
  const [woke, setWoke] = useState(0);
  useEffect(() => {
    if (!live) return;
    const left = remaining(timer, readClock());
    const next = left > ONE_MINUTE_MS ? left - ONE_MINUTE_MS : left;
    // Rendered at once, milestone effects included (a sync render flushes them in its commit):
    // the end is shown, announced and chimed in this very task, not a few scheduler tasks later.
    return preciseTimeout(() => flushSync(() => setWoke(readClock())), next + 1);
  }, [timer, live, woke]);
  return woke;
}

/** A timestamp timer for a round: persisted per tab, ticking only while it runs, with milestones. */
export function useTimer({ storageKey, durationMs, onMilestone }: UseTimerOptions): UseTimerResult {
  const [held, setHeld] = useState(() => load(storageKey, durationMs));
  if (held.source.key !== storageKey || held.source.durationMs !== durationMs) {
    setHeld(load(storageKey, durationMs)); // another round: adjust during render, not in an effect
  }
  const { timer } = held;
  const live = timer.startedAt !== null && timer.pausedAt === null && remaining(timer, held.at) > 0;
  const ticked = useNow(250, live);
  const woke = useMilestoneWake(timer, live);
  const now = Math.max(ticked, held.at, woke);
  // The last moment milestones were computed for, and for which state (changed by actions).
  const seen = useRef({ timer, at: now });
  const fire = useEffectEvent((m: TimerMilestone) => onMilestone?.(m));

  useEffect(() => {
    const prev = seen.current;
    if (prev.timer !== timer) {
      seen.current = { timer, at: now }; // restored or replaced: nothing was crossed in view
      return;
    }
    if (now <= prev.at) return;
    seen.current = { timer, at: now };
    const crossed = milestones(timer, prev.at, now);
    for (const m of crossed) fire(m);
    const last = crossed.at(-1);
    if (last === undefined) return;
    // Recording the end as observed stops the ticking of a finished timer.
    setHeld((h) => (h.timer === timer ? { ...h, at: now, announcement: announce(h.announcement, last) } : h));
  }, [timer, now]);

  useEffect(() => {
    if (storageKey === undefined) return;
    try {
      if (timer.startedAt === null) sessionStorage.removeItem(storageKey);
      else sessionStorage.setItem(storageKey, serializeTimer(timer));
    } catch {
      // Quota or disabled storage: the round goes on, only a reload would lose it.
    }
  }, [timer, storageKey]);

  // Actions come from user gestures, the one moment browsers let audio start.
  const act = (change: (t: TimerState, at: number) => TimerState, kind?: 'started' | 'clear') => {
    unlockChime();
    const at = Math.max(readClock(), held.at);
    // Milestones crossed since the last tick belong to the old state: report them first.
    const crossed = seen.current.timer === timer ? milestones(timer, seen.current.at, at) : [];
    const next = change(timer, at);
    if (next === timer && crossed.length === 0) return;
    for (const m of crossed) onMilestone?.(m);
    seen.current = { timer: next, at };
    const said = kind ?? crossed.at(-1);
    setHeld((h) => ({
      ...h,
      timer: next,
      at,
      announcement: said === 'clear' ? null : said ? announce(h.announcement, said) : h.announcement,
    }));
  };

  const current = status(timer, now);
  return {
    state: timer,
    remainingMs: remaining(timer, now),
    status: current,
    progress: progress(timer, now),
    announcement: held.announcement,
    start: () => act(start, timer.startedAt === null ? 'started' : undefined),
    pause: () => act(pause),
    resume: () => act(resume),
    toggle: () => {
      if (current === 'running') act(pause);
      else if (current === 'paused') act(resume);
      // A «+1 min» given before the start counts; only a finished round starts from the top.
      else if (current === 'idle') act(start, 'started');
      else act((t, at) => start(resetTimer(t), at), 'started');
    },
    extend: (ms = 60_000) => act((t, at) => extendTimer(t, ms, at)),
    reset: () => act(resetTimer, 'clear'),
    setDuration: (ms) => act(() => createTimer(ms), 'clear'),
  };
}
