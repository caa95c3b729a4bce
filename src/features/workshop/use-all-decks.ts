import { useEffect, useMemo } from 'react';
import type { Deck } from '../../domain/deck/types.ts';
import { selectDecksState } from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';

/** Every deck on this device (built-in first, then the user's own), loading them on first use. */
export function useAllDecks(): { decks: readonly Deck[]; ready: boolean } {
  const state = useAppStore(selectDecksState);
  useEffect(() => {
    void useAppStore.getState().loadDecks();
  }, []);
  const decks = useMemo<readonly Deck[]>(() => [...state.builtIn, ...state.imported], [state]);
  return { decks, ready: state.status === 'ready' };
}
