import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck, Lang } from '../../domain/deck/types.ts';
import { decksHref } from './decks-route.ts';

/** Previous and next card in the deck, and the way back to the whole deck. */
export function CardSteps({ deck, index, lang }: { deck: Deck; index: number; lang: Lang }) {
  const { t } = useTranslation('decks');
  const previous = deck.cards[index - 1];
  const next = deck.cards[index + 1];
  return (
    <nav className="decks-steps" aria-label={t('card.stepsLabel')}>
      <ul>
        {previous && (
          <li>
            <a href={decksHref.card(deck.id, previous.id)} rel="prev">
              {t('card.previous')}
            </a>
          </li>
        )}
        <li>
          <a href={decksHref.deck(deck.id)}>
            {t('card.backToDeck', { deck: localize(deck.title, lang).text })}
          </a>
        </li>
        {next && (
          <li>
            <a href={decksHref.card(deck.id, next.id)} rel="next">
              {t('card.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
