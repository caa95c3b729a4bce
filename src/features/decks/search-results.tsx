import type { AudienceChoice } from '../../domain/deck/audience-filter.ts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck, Lang } from '../../domain/deck/types.ts';
import { decksHref } from './decks-route.ts';
import { searchCards } from './search-cards.ts';

type SearchResultsProps = {
  decks: readonly Deck[];
  query: string;
  lang: Lang;
  audience: AudienceChoice;
  onClear: () => void;
};

/** The cards that match, each with its deck and category, or a clear word when none do. */
export function SearchResults({ decks, query, lang, audience, onClear }: SearchResultsProps) {
  const { t } = useTranslation('decks');
  const hits = useMemo(() => searchCards(decks, query, lang), [decks, query, lang]);
  const shown = query.trim();
  return (
    <section className="decks-results" aria-labelledby="decks-results-heading">
      <h2 id="decks-results-heading">{t('search.heading')}</h2>
      <p role="status" className="decks-results-count">
        {hits.length > 0
          ? t('search.count', { count: hits.length, query: shown })
          : t('search.none', { query: shown })}
      </p>
      {hits.length === 0 ? (
        <div className="decks-empty">
          <p>{t('search.noneHelp')}</p>
          <button type="button" className="button button-quiet" onClick={onClear}>
            {t('search.clear')}
          </button>
        </div>
      ) : (
        <ul className="decks-hits">
          {hits.map(({ deck, card, text, matchedIn }) => {
            const category = deck.categories.find((c) => c.id === card.category);
            return (
              <li key={`${deck.id}/${card.id}`}>
                <a href={decksHref.card(deck.id, card.id, audience)}>
                  <span className="decks-hit-text" lang={text.lang}>
                    {text.text}
                  </span>
                </a>
                <span className="decks-hit-meta">
                  {localize(deck.title, lang).text}
                  {category && ` · ${localize(category.label, lang).text}`}
                  {matchedIn === 'followUp' && ` · ${t('search.inFollowUp')}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
