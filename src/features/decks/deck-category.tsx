import { useTranslation } from 'react-i18next';
import type { AudienceChoice } from '../../domain/deck/audience-filter.ts';
import { localize } from '../../domain/deck/localize.ts';
import type { Category, Deck, Lang } from '../../domain/deck/types.ts';
import { cardsInCategory } from './deck-summary.ts';
import { decksHref } from './decks-route.ts';

type DeckCategoryProps = {
  deck: Deck;
  category: Category;
  count: number;
  lang: Lang;
  audience: AudienceChoice;
};

/** A category heading with its cards as a compact list of links to each card. */
export function DeckCategory({ deck, category, count, lang, audience }: DeckCategoryProps) {
  const { t } = useTranslation('decks');
  const { t: tCards } = useTranslation('cards');
  const label = localize(category.label, lang);
  const headingId = `decks-cat-${category.id}`;
  return (
    <section className="decks-category" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span lang={label.lang}>{label.text}</span>{' '}
        <span className="decks-chip-count">{t('deck.cardCount', { count })}</span>
      </h2>
      <ul className="decks-cards">
        {cardsInCategory(deck, category.id).map((card) => {
          const text = localize(card.text, lang);
          return (
            <li key={card.id}>
              <a href={decksHref.card(deck.id, card.id, audience)} lang={text.lang}>
                {text.text}
              </a>
              {card.flip && <span className="decks-tag">{tCards('flip')}</span>}
              {text.fallback && <span className="decks-tag">{tCards(`shownIn.${text.lang}`)}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
