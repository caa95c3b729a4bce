import { useEffect, useMemo } from 'react';
import type { Deck } from '../../domain/deck/types.ts';
import { selectDecksState } from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';

/** Every deck on this device (loaded on first use), to show the cards notes are about. */
export function useAllDecks(): { decks: readonly Deck[]; ready: boolean } {
  const state = useAppStore(selectDecksState);
  useEffect(() => {
    void useAppStore.getState().loadDecks();
  }, []);
  const decks = useMemo(() => [...state.builtIn, ...state.imported], [state.builtIn, state.imported]);
  return { decks, ready: state.status === 'ready' };
}
