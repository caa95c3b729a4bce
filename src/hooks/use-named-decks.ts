import { useEffect, useMemo } from 'react';
import type { Deck } from '../domain/deck/types.ts';
import { selectDecksState } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';

/** The decks on this device so far (built-in first, then the user's own), and whether `ids` were looked for. */
export type NamedDecks = { decks: readonly Deck[]; ready: boolean };

/**
 * The decks a screen names (a join link's), loading only those built-in decks and the user's own
 * decks, not every deck: a phone joining a workshop downloads and checks one or two files, not
 * six. `ready` once each id was looked for (found or not), or every deck is loaded anyway.
 */
export function useNamedDecks(ids: readonly string[]): NamedDecks {
  const state = useAppStore(selectDecksState);
  const key = ids.join(',');
  useEffect(() => {
    void useAppStore.getState().loadDecksFor(key.split(','));
  }, [key]);
  const decks = useMemo<readonly Deck[]>(() => [...state.builtIn, ...state.imported], [state]);
  const ready = state.status === 'ready' || ids.every((id) => state.tried?.includes(id) === true);
  return { decks, ready };
}
