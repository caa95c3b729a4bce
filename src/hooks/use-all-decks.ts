import { useEffect, useMemo } from 'react';
import type { Deck } from '../domain/deck/types.ts';
import type { DecksState } from '../store/decks-slice.ts';
import { selectDecksState } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';

/** The decks slice plus every deck in one list, the ids of the user's own, and whether loading is done. */
export type AllDecks = DecksState & {
  /** Built-in decks first, then the user's own. */
  decks: readonly Deck[];
  importedIds: ReadonlySet<string>;
  ready: boolean;
};

/** Every deck on this device (built-in first, then the user's own), loading them once on first use. */
export function useAllDecks(): AllDecks {
  const state = useAppStore(selectDecksState);
  useEffect(() => {
    // loadDecks is idempotent; the check also leaves decks a test has put in the store alone.
    if (useAppStore.getState().decks.status === 'idle') void useAppStore.getState().loadDecks();
  }, []);
  const decks = useMemo<readonly Deck[]>(() => [...state.builtIn, ...state.imported], [state]);
  const importedIds = useMemo(() => new Set(state.imported.map((d) => d.id)), [state]);
  return { ...state, decks, importedIds, ready: state.status === 'ready' };
}
