import { useTranslation } from 'react-i18next';
import { isCardFor, type AudienceChoice } from '../../domain/deck/audience-filter.ts';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck, Lang } from '../../domain/deck/types.ts';
import { decksHref } from './decks-route.ts';

type CardStepsProps = { deck: Deck; cardId: string; lang: Lang; audience: AudienceChoice };

/**
 * Previous and next card in the deck and the way back to it, among the cards for the audience
 * chosen on the deck or in the search («Hvem er kortet for?»), which every link keeps.
 */
export function CardSteps({ deck, cardId, lang, audience }: CardStepsProps) {
  const { t } = useTranslation('decks');
  const cards = deck.cards.filter((card) => card.id === cardId || isCardFor(card, audience));
  const index = cards.findIndex((card) => card.id === cardId);
  const previous = cards[index - 1];
  const next = cards[index + 1];
  return (
    <nav className="decks-steps" aria-label={t('card.stepsLabel')}>
      <ul>
        {previous && (
          <li>
            <a href={decksHref.card(deck.id, previous.id, audience)} rel="prev">
              {t('card.previous')}
            </a>
          </li>
        )}
        <li>
          <a href={decksHref.deck(deck.id, audience)}>
            {t('card.backToDeck', { deck: localize(deck.title, lang).text })}
          </a>
        </li>
        {next && (
          <li>
            <a href={decksHref.card(deck.id, next.id, audience)} rel="next">
              {t('card.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
