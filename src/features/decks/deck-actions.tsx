import { useTranslation } from 'react-i18next';
import type { AudienceChoice } from '../../domain/deck/audience-filter.ts';
import { deckToJson } from '../../domain/deck/serialize-deck.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { downloadText } from '../../lib/download.ts';
import { decksHref } from './decks-route.ts';
import { DeleteDeck } from './delete-deck.tsx';

type DeckActionsProps = { deck: Deck; imported: boolean; audience: AudienceChoice };

/** Draw from this deck (for the audience chosen), download it as JSON, and delete the user's own. */
export function DeckActions({ deck, imported, audience }: DeckActionsProps) {
  const { t } = useTranslation('decks');
  return (
    <div className="decks-actions">
      <a className="button" href={decksHref.draw(deck.id, audience)}>
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
