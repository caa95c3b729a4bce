import { useMemo } from 'react';
import type { Deck } from '../../domain/deck/types.ts';
import { checkDeckVersions, type DeckCheck } from '../../domain/join/deck-versions.ts';
import type { JoinSession } from '../../domain/join/join-session.ts';
import { useNamedDecks } from '../../hooks/use-named-decks.ts';

/** The decks a session names, found on this device, and what is missing or in another version. */
export type SessionDecks = { ready: boolean; decks: readonly Deck[]; check: DeckCheck | null };

/**
 * Loads the session's decks (only those, and the user's own) and matches them to the session, in
 * the session's order.
 */
export function useSessionDecks(session: JoinSession): SessionDecks {
  const ids = useMemo(() => session.decks.map((ref) => ref.id), [session]);
  const { decks: all, ready } = useNamedDecks(ids);
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
