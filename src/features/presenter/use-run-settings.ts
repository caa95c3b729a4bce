import { useEffect, useState } from 'react';
import { settingsKey } from '../../lib/run-keys.ts';
import { clampPosition, START, type Position } from './presenter-nav.ts';

/** What a reload of the presenter window keeps besides the timers: where it was, blank and sound. */
export type RunSettings = { readonly position: Position; readonly blank: boolean; readonly muted: boolean };

const DEFAULTS: RunSettings = { position: START, blank: false, muted: false };

function read(runId: string): RunSettings {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(settingsKey(runId)) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return DEFAULTS;
    const o = raw as Record<string, unknown>;
    const int = (x: unknown) => (Number.isInteger(x) && (x as number) >= 0 ? (x as number) : 0);
    return {
      position: { step: int(o.step), round: int(o.round) },
      blank: o.blank === true,
      muted: o.muted === true,
    };
  } catch {
    return DEFAULTS; // storage disabled or damaged: start from the top
  }
}

/** The run's position, blank and mute, restored after a reload and clamped to the run's shape. */
export function useRunSettings(runId: string, rounds: readonly number[]) {
  const [held, setHeld] = useState(() => ({ runId, settings: read(runId) }));
  if (held.runId !== runId) setHeld({ runId, settings: read(runId) });
  const settings = held.settings;
  const position = clampPosition(settings.position, rounds);

  const { step, round } = position;
  const { blank, muted } = settings;
  useEffect(() => {
    try {
      sessionStorage.setItem(settingsKey(runId), JSON.stringify({ step, round, blank, muted }));
    } catch {
      // Only a reload would lose the place.
    }
  }, [runId, step, round, blank, muted]);

  const update = (change: Partial<RunSettings>) =>
    setHeld((h) => ({ ...h, settings: { ...h.settings, ...change } }));
  return {
    position,
    blank,
    muted,
    setPosition: (next: Position) => update({ position: next }),
    setBlank: (blank: boolean) => update({ blank }),
    setMuted: (muted: boolean) => update({ muted }),
  };
}
