import { useTranslation } from 'react-i18next';
import { deckToJson } from '../../domain/deck/serialize-deck.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { downloadText } from '../../lib/download.ts';
import { decksHref } from './decks-route.ts';
import { DeleteDeck } from './delete-deck.tsx';

/** Draw from this deck, download it as JSON, and (for the user's own decks) delete it. */
export function DeckActions({ deck, imported }: { deck: Deck; imported: boolean }) {
  const { t } = useTranslation('decks');
  return (
    <div className="decks-actions">
      <a className="button" href={decksHref.draw(deck.id)}>
        {t('deck.drawFrom')}
      </a>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => downloadText(`${deck.id}.json`, deckToJson(deck))}
      >
        {t('deck.export', { file: `${deck.id}.json` })}
      </button>
      {imported && <DeleteDeck deck={deck} />}
    </div>
  );
}
