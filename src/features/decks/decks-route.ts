import { readAudienceChoice, type AudienceChoice } from '../../domain/deck/audience-filter.ts';
import { hrefFor } from '../../lib/app-route.ts';

/** Which screen of the decks feature the hash query asks for. */
export type DecksRoute =
  | { view: 'browse'; q: string; audience: AudienceChoice }
  | { view: 'deck'; deckId: string; audience: AudienceChoice }
  | { view: 'card'; deckId: string; cardId: string; audience: AudienceChoice }
  | { view: 'draw'; deckId: string | null; audience: AudienceChoice }
  | { view: 'import' };

/**
 * Reads `#/decks?…` query strings: `view=draw[&deck=…]`, `view=import`, `deck=…&card=…`, `q=…`;
 * `for=<audience>` («Hvem er kortet for?») on the list, a deck, a card and the draw.
 */
export function parseDecksRoute(query: string): DecksRoute {
  const params = new URLSearchParams(query);
  const view = params.get('view');
  const audience = readAudienceChoice(params.get('for'));
  if (view === 'draw') return { view: 'draw', deckId: params.get('deck'), audience };
  if (view === 'import') return { view: 'import' };
  const deckId = params.get('deck');
  const cardId = params.get('card');
  if (deckId && cardId) return { view: 'card', deckId, cardId, audience };
  if (deckId) return { view: 'deck', deckId, audience };
  return { view: 'browse', q: params.get('q') ?? '', audience };
}

const href = (params: Record<string, string | null | undefined>) => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  return hrefFor('/decks', query.toString());
};

/** Links to every screen of the decks feature (an audience of null, everyone, is left out). */
export const decksHref = {
  browse: (q = '', audience: AudienceChoice = null) => href({ q, for: audience }),
  deck: (deckId: string, audience: AudienceChoice = null) => href({ deck: deckId, for: audience }),
  card: (deckId: string, cardId: string, audience: AudienceChoice = null) =>
    href({ deck: deckId, card: cardId, for: audience }),
  draw: (deckId?: string, audience: AudienceChoice = null) =>
    href({ view: 'draw', deck: deckId, for: audience }),
  import: () => href({ view: 'import' }),
};

/** A stable key per screen, so each screen is a fresh page (focus to its heading, new title). */
export function screenKey(route: DecksRoute): string {
  if (route.view === 'deck') return `deck:${route.deckId}`;
  if (route.view === 'card') return `card:${route.deckId}/${route.cardId}`;
  return route.view;
}
