import type { StateCreator } from 'zustand';
import type { AppState } from './app-state.ts';

/** A message shown to the user in the notices region. `key` is an i18next key. */
export type Notice = {
  id: string;
  key: string;
  tone: 'info' | 'error';
  params?: Record<string, string | number>;
  /**
   * Leaves by itself after this long (unless focus or the pointer is on it): for news that needs
   * no answer, so a small phone's controls under it are not covered for good.
   */
  leaveAfterMs?: number;
};

export type UiSlice = {
  notices: Notice[];
  /** A new service worker is waiting for the user's go-ahead. */
  updateWaiting: boolean;
  /** Reasons that hold the update banner back (e.g. a running timer), by owner id. */
  updateHolds: string[];
  showNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
  setUpdateWaiting: (waiting: boolean) => void;
  holdUpdate: (owner: string) => void;
  releaseUpdate: (owner: string) => void;
};

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  notices: [],
  updateWaiting: false,
  updateHolds: [],
  showNotice: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setUpdateWaiting: (updateWaiting) => set({ updateWaiting }),
  holdUpdate: (owner) =>
    set((s) => (s.updateHolds.includes(owner) ? s : { updateHolds: [...s.updateHolds, owner] })),
  releaseUpdate: (owner) => set((s) => ({ updateHolds: s.updateHolds.filter((o) => o !== owner) })),
});
