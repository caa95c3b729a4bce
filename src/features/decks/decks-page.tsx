import { useRoute } from '../../hooks/use-route.ts';
import { BrowseView } from './browse-view.tsx';
import { CardView } from './card-view.tsx';
import { DeckView } from './deck-view.tsx';
import { parseDecksRoute, screenKey } from './decks-route.ts';
import { DrawView } from './draw-view.tsx';
import { ImportView } from './import-view.tsx';
import './decks.css';

/**
 * The decks: browse and search them, draw cards, import your own. Each screen is a sub-route
 * in the hash query (`#/decks?deck=…&card=…`, `?view=draw`, `?view=import`), so every state
 * can be linked to, bookmarked and reached with the back button.
 */
export function DecksPage() {
  const { query } = useRoute();
  const route = parseDecksRoute(query);
  const key = screenKey(route);
  switch (route.view) {
    case 'deck':
      return <DeckView key={key} deckId={route.deckId} audience={route.audience} />;
    case 'card':
      return <CardView key={key} deckId={route.deckId} cardId={route.cardId} audience={route.audience} />;
    case 'draw':
      return <DrawView key={key} deckId={route.deckId} audience={route.audience} />;
    case 'import':
      return <ImportView key={key} />;
    default:
      return <BrowseView key={key} initialQuery={route.q} audience={route.audience} />;
  }
}
