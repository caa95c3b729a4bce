import { useEffect, useMemo } from 'react';
import type { Deck } from '../../domain/deck/types.ts';
import { selectDecksState } from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';

/** Every deck (built-in first, then the user's own), loading them on first use. */
export function useDecks() {
  const state = useAppStore(selectDecksState);
  useEffect(() => {
    void useAppStore.getState().loadDecks();
  }, []);
  const all = useMemo<readonly Deck[]>(() => [...state.builtIn, ...state.imported], [state]);
  const importedIds = useMemo(() => new Set(state.imported.map((d) => d.id)), [state]);
  return { ...state, all, importedIds, ready: state.status === 'ready' };
}
