import { hrefFor } from '../../lib/hash-route.ts';

/** Which screen of the decks feature the hash query asks for. */
export type DecksRoute =
  | { view: 'browse'; q: string }
  | { view: 'deck'; deckId: string }
  | { view: 'card'; deckId: string; cardId: string }
  | { view: 'draw'; deckId: string | null }
  | { view: 'import' };

/** Reads `#/decks?…` query strings: `view=draw[&deck=…]`, `view=import`, `deck=…&card=…`, `q=…`. */
export function parseDecksRoute(query: string): DecksRoute {
  const params = new URLSearchParams(query);
  const view = params.get('view');
  if (view === 'draw') return { view: 'draw', deckId: params.get('deck') };
  if (view === 'import') return { view: 'import' };
  const deckId = params.get('deck');
  const cardId = params.get('card');
  if (deckId && cardId) return { view: 'card', deckId, cardId };
  if (deckId) return { view: 'deck', deckId };
  return { view: 'browse', q: params.get('q') ?? '' };
}

const href = (params: Record<string, string>) => hrefFor('/decks', new URLSearchParams(params).toString());

/** Links to every screen of the decks feature. */
export const decksHref = {
  browse: (q = '') => href(q ? { q } : {}),
  deck: (deckId: string) => href({ deck: deckId }),
  card: (deckId: string, cardId: string) => href({ deck: deckId, card: cardId }),
  draw: (deckId?: string) => href(deckId ? { view: 'draw', deck: deckId } : { view: 'draw' }),
  import: () => href({ view: 'import' }),
};

/** A stable key per screen, so each screen is a fresh page (focus to its heading, new title). */
export function screenKey(route: DecksRoute): string {
  if (route.view === 'deck') return `deck:${route.deckId}`;
  if (route.view === 'card') return `card:${route.deckId}/${route.cardId}`;
  return route.view;
}
