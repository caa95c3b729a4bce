import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { deckColor } from '../../components/card/deck-colors.ts';
import type { AudienceChoice } from '../../domain/deck/audience-filter.ts';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck, Lang } from '../../domain/deck/types.ts';
import { categoryCounts } from './deck-summary.ts';
import { decksHref } from './decks-route.ts';

type DeckSummaryProps = { deck: Deck; imported: boolean; lang: Lang; audience: AudienceChoice };

/** One deck in the list: title (a link), description, card count and categories with counts. */
export function DeckSummary({ deck, imported, lang, audience }: DeckSummaryProps) {
  const { t } = useTranslation('decks');
  const title = localize(deck.title, lang);
  const description = localize(deck.description, lang);
  const style = { '--deck': deckColor(deck.id) } as CSSProperties;
  return (
    <li className="decks-item" style={style}>
      <h2 className="decks-item-title">
        <a href={decksHref.deck(deck.id, audience)} lang={title.lang}>
          {title.text}
        </a>
      </h2>
      <p lang={description.lang}>{description.text}</p>
      <p className="decks-item-meta">
        {t('deck.cardCount', { count: deck.cards.length })} ·{' '}
        {t('deck.categoryCount', { count: deck.categories.length })} ·{' '}
        {imported ? t('deck.imported') : t('deck.builtIn')}
      </p>
      <ul className="decks-chips" aria-label={t('deck.categoriesOf', { deck: title.text })}>
        {categoryCounts(deck).map(({ category, count }) => {
          const label = localize(category.label, lang);
          return (
            <li key={category.id}>
              <span lang={label.lang}>{label.text}</span> <span className="decks-chip-count">{count}</span>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
