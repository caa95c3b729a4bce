import { useMemo } from 'react';
import type { Deck } from '../../domain/deck/types.ts';
import { checkDeckVersions, type DeckCheck } from '../../domain/join/deck-versions.ts';
import type { JoinSession } from '../../domain/join/join-session.ts';
import { useAllDecks } from '../../hooks/use-all-decks.ts';

/** The decks a session names, found on this device, and what is missing or in another version. */
export type SessionDecks = { ready: boolean; decks: readonly Deck[]; check: DeckCheck | null };

/** Loads the decks (once) and matches them to the session, in the session's order. */
export function useSessionDecks(session: JoinSession): SessionDecks {
  const { decks: all, ready } = useAllDecks();
  return useMemo(() => {
    if (!ready) return { ready, decks: [], check: null };
    const decks = session.decks
      .map((ref) => all.find((deck) => deck.id === ref.id))
      .filter((deck): deck is Deck => deck !== undefined);
    const check = checkDeckVersions(
      session,
      all.map(({ id, version }) => ({ id, version })),
    );
    return { ready, decks, check };
  }, [ready, all, session]);
}
