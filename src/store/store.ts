import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { AppState } from './app-state.ts';
import { migratePrefs, PREFS_VERSION, readPrefs } from './migrate-prefs.ts';
import { createDecksSlice } from './decks-slice.ts';
import { createHiddenCardsSlice, readHiddenCards } from './hidden-cards-slice.ts';
import { createPrefsSlice } from './prefs-slice.ts';
import { createSoloSlice, readSoloPrefs } from './solo-slice.ts';
import { createUiSlice } from './ui-slice.ts';

import { PREFS_STORAGE_KEY } from '../lib/storage-keys.ts';

/**
 * The app store. Middleware is applied once, here. Only `prefs`, `hiddenCards` and `solo` are persisted
 * (localStorage, versioned, migrated); notes never pass through zustand — they live in src/storage.
 */
export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createPrefsSlice(...a),
      ...createUiSlice(...a),
      ...createDecksSlice(...a),
      ...createHiddenCardsSlice(...a),
      ...createSoloSlice(...a),
    }),
    {
      name: PREFS_STORAGE_KEY,
      version: PREFS_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ prefs: s.prefs, hiddenCards: s.hiddenCards, solo: s.solo }),
      migrate: (persisted, version) => ({
        ...migratePrefs(persisted, version),
        hiddenCards: readHiddenCards(persisted),
        solo: readSoloPrefs(persisted),
      }),
      // Same-version data is still checked field by field: storage can be edited by hand.
      merge: (persisted, current) => ({
        ...current,
        ...readPrefs(persisted),
        hiddenCards: readHiddenCards(persisted),
        solo: readSoloPrefs(persisted),
      }),
    },
  ),
);
