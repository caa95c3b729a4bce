import type { DeckRef, JoinSession } from './join-session.ts';

/** A deck the session needs in another content version than the device has. */
export type DeckVersionMismatch = {
  readonly id: string;
  readonly wanted: number;
  readonly available: readonly number[];
  /**
   * Every version on the device is newer than the facilitator's: the facilitator's app is the
   * one behind, so updating the phone would not help.
   */
  readonly newer: boolean;
};

/** What the device lacks to follow a session; ok when nothing is missing or different. */
export type DeckCheck = {
  readonly ok: boolean;
  /** Decks this device does not have at all (import them, or update the app). */
  readonly missing: readonly DeckRef[];
  /** Decks present, but not in the version the facilitator used (cards may differ). */
  readonly mismatched: readonly DeckVersionMismatch[];
};

/** Compares the session's decks with those available on this device. */
export function checkDeckVersions(session: JoinSession, available: readonly DeckRef[]): DeckCheck {
  const missing: DeckRef[] = [];
  const mismatched: DeckVersionMismatch[] = [];
  for (const wanted of session.decks) {
    const versions = available.filter((d) => d.id === wanted.id).map((d) => d.version);
    if (versions.length === 0) missing.push({ id: wanted.id, version: wanted.version });
    else if (!versions.includes(wanted.version)) {
      const available = [...new Set(versions)].sort((a, b) => a - b);
      mismatched.push({
        id: wanted.id,
        wanted: wanted.version,
        available,
        newer: available.every((version) => version > wanted.version),
      });
    }
  }
  return { ok: missing.length === 0 && mismatched.length === 0, missing, mismatched };
}
