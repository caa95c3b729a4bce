import type { StateCreator } from 'zustand';
import { isAudience } from '../domain/deck/audience.ts';
import type { AudienceChoice } from '../domain/deck/audience-filter.ts';
import type { AppState } from './app-state.ts';

/** The silent round's length in whole minutes, bounded so a typo cannot make a day-long round. */
export const SILENCE_MINUTES = { min: 1, max: 30, default: 2 } as const;
/** How far back «Se tilbake» may look, in weeks. */
export const LOOK_BACK_WEEKS = [1, 2, 4, 8, 12, 26, 52] as const;
const MAX_EXCLUDED = 2000;
const MAX_KEY_LENGTH = 120;

/** The leader's choices in «Alene», remembered on this device. */
export type SoloPrefs = {
  /** Categories switched off, as `deck/category`: a deck added later is included by default. */
  excluded: readonly string[];
  /**
   * «Hvem er kortet for?»: one audience, or null for everyone. Added after the first stored shape:
   * choices stored before it have none and are read as everyone (readSoloPrefs), so no version bump.
   */
  audience: AudienceChoice;
  silenceMinutes: number;
  muted: boolean;
  lookBackWeeks: number;
};

export const DEFAULT_SOLO_PREFS: SoloPrefs = {
  excluded: [],
  audience: null,
  silenceMinutes: SILENCE_MINUTES.default,
  muted: false,
  lookBackWeeks: 4,
};

export type SoloSlice = {
  solo: SoloPrefs;
  setSoloExcluded: (excluded: readonly string[]) => void;
  setSoloAudience: (audience: AudienceChoice) => void;
  setSilenceMinutes: (minutes: number) => void;
  setSoloMuted: (muted: boolean) => void;
  setLookBackWeeks: (weeks: number) => void;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isKey = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= MAX_KEY_LENGTH && /^[^/]+\/[^/]+$/.test(v);
const isMinutes = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= SILENCE_MINUTES.min && (v as number) <= SILENCE_MINUTES.max;
const isWeeks = (v: unknown): v is number => (LOOK_BACK_WEEKS as readonly unknown[]).includes(v);

/**
 * Keeps the valid fields of stored solo choices (`{ solo: … }`) and takes the rest from
 * `fallback` (the defaults unless given). Never throws: storage can be edited by hand.
 */
export function readSoloPrefs(persisted: unknown, fallback: SoloPrefs = DEFAULT_SOLO_PREFS): SoloPrefs {
  const raw = isRecord(persisted) && isRecord(persisted.solo) ? persisted.solo : {};
  const excluded = Array.isArray(raw.excluded) ? [...new Set(raw.excluded.filter(isKey))] : fallback.excluded;
  return {
    excluded: excluded.slice(0, MAX_EXCLUDED),
    audience: raw.audience === null || isAudience(raw.audience) ? raw.audience : fallback.audience,
    silenceMinutes: isMinutes(raw.silenceMinutes) ? raw.silenceMinutes : fallback.silenceMinutes,
    muted: typeof raw.muted === 'boolean' ? raw.muted : fallback.muted,
    lookBackWeeks: isWeeks(raw.lookBackWeeks) ? raw.lookBackWeeks : fallback.lookBackWeeks,
  };
}

export const createSoloSlice: StateCreator<AppState, [], [], SoloSlice> = (set) => {
  // Every write goes through readSoloPrefs, so the store never holds what storage would refuse;
  // a refused value leaves the previous choice in place.
  const update = (patch: Partial<SoloPrefs>) =>
    set((s) => ({ solo: readSoloPrefs({ solo: { ...s.solo, ...patch } }, s.solo) }));
  return {
    solo: DEFAULT_SOLO_PREFS,
    setSoloExcluded: (excluded) => update({ excluded }),
    setSoloAudience: (audience) => update({ audience }),
    setSilenceMinutes: (silenceMinutes) => update({ silenceMinutes }),
    setSoloMuted: (muted) => update({ muted }),
    setLookBackWeeks: (lookBackWeeks) => update({ lookBackWeeks }),
  };
};
