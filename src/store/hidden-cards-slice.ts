import type { StateCreator } from 'zustand';
import { parseCardRef, type CardRef } from '../domain/deck/card-ref.ts';
import type { AppState } from './app-state.ts';

/** Most hidden cards kept; far above any real use, it only bounds what storage can hold. */
export const MAX_HIDDEN_CARDS = 5000;
const MAX_REF_LENGTH = 200;

export type HiddenCardsSlice = {
  /** Cards this device has set aside from drawing (`deck/card`), oldest first. Persisted. */
  hiddenCards: readonly CardRef[];
  hideCard: (ref: CardRef) => void;
  unhideCard: (ref: CardRef) => void;
  unhideCards: (refs: readonly CardRef[]) => void;
};

/** True when value is a well-formed card reference of a sane length. */
function isCardRef(value: unknown): value is CardRef {
  return typeof value === 'string' && value.length <= MAX_REF_LENGTH && parseCardRef(value) !== null;
}

/**
 * Reads the hidden list out of persisted state, keeping well-formed distinct refs only (storage
 * can be edited by hand or written by another version, so nothing there is trusted).
 */
export function readHiddenCards(persisted: unknown): CardRef[] {
  if (typeof persisted !== 'object' || persisted === null || !('hiddenCards' in persisted)) return [];
  const list: unknown = persisted.hiddenCards;
  if (!Array.isArray(list)) return [];
  return [...new Set(list.filter(isCardRef))].slice(-MAX_HIDDEN_CARDS);
}

export const createHiddenCardsSlice: StateCreator<AppState, [], [], HiddenCardsSlice> = (set) => ({
  hiddenCards: [],
  hideCard: (ref) =>
    set((s) =>
      s.hiddenCards.includes(ref) ? s : { hiddenCards: [...s.hiddenCards, ref].slice(-MAX_HIDDEN_CARDS) },
    ),
  unhideCard: (ref) =>
    set((s) => (s.hiddenCards.includes(ref) ? { hiddenCards: s.hiddenCards.filter((r) => r !== ref) } : s)),
  unhideCards: (refs) => {
    const drop = new Set<string>(refs);
    set((s) => ({ hiddenCards: s.hiddenCards.filter((r) => !drop.has(r)) }));
  },
});
