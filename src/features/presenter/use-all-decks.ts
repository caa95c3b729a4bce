import { useEffect, useMemo } from 'react';
import type { Deck } from '../../domain/deck/types.ts';
import { selectDecksState } from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';

/** Built-in and imported decks, loaded on first use; `ready` once loading has finished. */
export function useAllDecks(): { decks: readonly Deck[]; ready: boolean } {
  const state = useAppStore(selectDecksState);
  useEffect(() => {
    if (useAppStore.getState().decks.status === 'idle') void useAppStore.getState().loadDecks();
  }, []);
  const decks = useMemo<readonly Deck[]>(() => [...state.builtIn, ...state.imported], [state]);
  return { decks, ready: state.status === 'ready' };
}
