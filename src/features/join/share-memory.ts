// Whether this phone shares its notes in a session's live room, and anonymously or not, so a
// reload (or a locked screen that drops the page) keeps sharing as the participant chose. A small
// choice, kept in localStorage like the seat (seat-memory.ts) and read back defensively.

/** The participant's sharing choice for one session; null means not sharing (the default). */
export type ShareChoice = { anonymous: boolean };

const KEY_PREFIX = 'kortstokk.join.share.';

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The remembered choice for a session code; null when sharing is off or nothing is remembered. */
export function readShare(code: string, storage: Storage | null = safeStorage()): ShareChoice | null {
  try {
    const raw = storage?.getItem(KEY_PREFIX + code);
    if (!raw) return null;
    const value = JSON.parse(raw) as { anonymous?: unknown };
    return typeof value.anonymous === 'boolean' ? { anonymous: value.anonymous } : null;
  } catch {
    return null;
  }
}

/** Remembers the choice (null: off); a blocked storage only means asking again after a reload. */
export function writeShare(
  code: string,
  choice: ShareChoice | null,
  storage: Storage | null = safeStorage(),
): void {
  try {
    if (choice === null) storage?.removeItem(KEY_PREFIX + code);
    else storage?.setItem(KEY_PREFIX + code, JSON.stringify(choice));
  } catch {
    // Not remembered: sharing starts off after a reload, which is the safe side.
  }
}
