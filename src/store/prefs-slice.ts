import type { StateCreator } from 'zustand';
import type { Language } from '../domain/language/languages.ts';
import type { AppState } from './app-state.ts';

export type MotionPref = 'system' | 'reduce' | 'allow';

/** Small per-device preferences; the only part of the store that is persisted. */
export type Prefs = {
  language: Language | null;
  motion: MotionPref;
};

export const DEFAULT_PREFS: Prefs = { language: null, motion: 'system' };

export type PrefsSlice = {
  prefs: Prefs;
  setLanguage: (language: Language) => void;
  setMotion: (motion: MotionPref) => void;
};

export const createPrefsSlice: StateCreator<AppState, [], [], PrefsSlice> = (set) => ({
  prefs: DEFAULT_PREFS,
  setLanguage: (language) => set((s) => ({ prefs: { ...s.prefs, language } })),
  setMotion: (motion) => set((s) => ({ prefs: { ...s.prefs, motion } })),
});
