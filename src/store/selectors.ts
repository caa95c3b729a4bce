import type { AppState } from './app-state.ts';

/** The user's chosen language, or null when none was chosen yet. */
export const selectLanguagePref = (s: AppState) => s.prefs.language;
/** The user's motion preference. */
export const selectMotionPref = (s: AppState) => s.prefs.motion;
/** The notices to show. */
export const selectNotices = (s: AppState) => s.notices;
/** True when the update banner may be offered now (waiting and nothing holds it back). */
export const selectUpdateOffer = (s: AppState): 'none' | 'offer' | 'held' =>
  !s.updateWaiting ? 'none' : s.updateHolds.length > 0 ? 'held' : 'offer';

/** Built-in and imported decks together, built-in first. */
export const selectDecksState = (s: AppState) => s.decks;
