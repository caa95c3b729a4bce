import { isLanguage } from '../domain/language/languages.ts';
import { DEFAULT_PREFS, type MotionPref, type Prefs } from './prefs-slice.ts';

export const PREFS_VERSION = 2;

const MOTIONS: readonly MotionPref[] = ['system', 'reduce', 'allow'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Upgrades persisted preferences from any earlier version, keeping every value that is still
 * valid and dropping the rest. Version 1 (the first prototype) stored `{ lang, reducedMotion }`;
 * version 2 stores `{ prefs: { language, motion } }`. Unknown or newer shapes fall back to
 * defaults field by field instead of throwing, so a bad value can never block start-up.
 */
export function migratePrefs(persisted: unknown, fromVersion: number): { prefs: Prefs } {
  if (!isRecord(persisted)) return { prefs: DEFAULT_PREFS };
  if (fromVersion < 2) {
    const language = persisted.lang === 'no' ? 'nb' : persisted.lang;
    const motion = persisted.reducedMotion === true ? 'reduce' : 'system';
    return sanitize({ language, motion });
  }
  return readPrefs(persisted);
}

/** Reads stored prefs of the current version, keeping valid fields only. */
export function readPrefs(persisted: unknown): { prefs: Prefs } {
  return sanitize(isRecord(persisted) && isRecord(persisted.prefs) ? persisted.prefs : {});
}

/** Keeps valid fields of a prefs-like record and fills the rest with defaults. */
export function sanitize(raw: Record<string, unknown>): { prefs: Prefs } {
  return {
    prefs: {
      language: isLanguage(raw.language) ? raw.language : DEFAULT_PREFS.language,
      motion: MOTIONS.includes(raw.motion as MotionPref) ? (raw.motion as MotionPref) : DEFAULT_PREFS.motion,
    },
  };
}
