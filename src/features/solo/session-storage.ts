import { parseSession, serializeSession, type SoloSession } from './session-state.ts';

/** sessionStorage key of the running reflection session (one per tab). */
export const SESSION_KEY = 'kortstokk-solo-session';
/** sessionStorage key of the silent round's timer (the shared useTimer stores it). */
export const SILENCE_TIMER_KEY = 'kortstokk-solo-silence';

/** The session this tab has going, or null. Storage that is off or damaged reads as none. */
export function loadSession(): SoloSession | null {
  try {
    return parseSession(sessionStorage.getItem(SESSION_KEY));
  } catch {
    return null;
  }
}

/** Remembers the session at once (a reload right after a keystroke must find the entry's id). */
export function saveSession(session: SoloSession | null): void {
  try {
    if (session === null) sessionStorage.removeItem(SESSION_KEY);
    else sessionStorage.setItem(SESSION_KEY, serializeSession(session));
  } catch {
    // Storage off or full: the session goes on in memory; only a reload would lose the card.
  }
}
