import { useTranslation } from 'react-i18next';
import type { AudienceChoice } from '../../domain/deck/audience-filter.ts';
import type { Deck, Lang } from '../../domain/deck/types.ts';
import { DeckSummary } from './deck-summary-item.tsx';

type DeckListProps = {
  decks: readonly Deck[];
  importedIds: ReadonlySet<string>;
  lang: Lang;
  /** Whom the cards counted are for; each deck's link keeps the choice. */
  audience: AudienceChoice;
};

/** Every deck as a summary, built-in first, then the user's own. */
export function DeckList({ decks, importedIds, lang, audience }: DeckListProps) {
  const { t } = useTranslation('decks');
  if (decks.length === 0) return <p className="decks-empty">{t('browse.noDecks')}</p>;
  return (
    <ul className="decks-list">
      {decks.map((deck) => (
        <DeckSummary
          key={deck.id}
          deck={deck}
          imported={importedIds.has(deck.id)}
          lang={lang}
          audience={audience}
        />
      ))}
    </ul>
  );
}
