import { parseDeckText } from '../domain/deck/parse-deck.ts';
import type { Deck } from '../domain/deck/types.ts';
import type { DeckIssue } from '../domain/deck/deck-issue.ts';

// Every deck in cards/ is emitted as its own JSON file (precached by the service worker) and
// read through the same validator as a user's import: a broken built-in deck is reported,
// never trusted.
const DECK_URLS = import.meta.glob<string>(['../../cards/*.json', '!../../cards/deck.schema.json'], {
  query: '?url',
  import: 'default',
  eager: true,
});

/** A built-in deck that could not be used: unreachable (not cached, offline) or invalid. */
export type DeckLoadFailure = { file: string; issues: readonly DeckIssue[]; unreachable?: true };

/** The deck id a built-in deck file is named after (`cards/<id>.json`). */
const fileId = (path: string) => path.replace(/^.*\/|\.json$/g, '');

/**
 * Fetches and validates the built-in decks (every one, or those with the given ids); decks that
 * fail are listed, not thrown.
 */
export async function loadBuiltInDecks(
  fetchImpl: typeof fetch = fetch,
  ids?: readonly string[],
): Promise<{ decks: Deck[]; failures: DeckLoadFailure[] }> {
  const entries = Object.entries(DECK_URLS)
    .filter(([path]) => ids === undefined || ids.includes(fileId(path)))
    .sort(([a], [b]) => a.localeCompare(b));
  const results = await Promise.all(
    entries.map(async ([path, url]): Promise<Deck | DeckLoadFailure> => {
      const file = path.replace(/^.*\//, '');
      try {
        const response = await fetchImpl(url);
        if (!response.ok) return { file, issues: [], unreachable: true };
        const result = parseDeckText(new Uint8Array(await response.arrayBuffer()));
        return result.ok ? result.deck : { file, issues: result.issues };
      } catch {
        return { file, issues: [], unreachable: true };
      }
    }),
  );
  return {
    decks: results.filter((r): r is Deck => 'cards' in r),
    failures: results.filter((r): r is DeckLoadFailure => 'issues' in r),
  };
}
