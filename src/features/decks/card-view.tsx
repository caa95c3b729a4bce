import { useTranslation } from 'react-i18next';
import { QuestionCard } from '../../components/card/question-card.tsx';
import type { AudienceChoice } from '../../domain/deck/audience-filter.ts';
import { localize } from '../../domain/deck/localize.ts';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { CardHiddenState } from './card-hidden-state.tsx';
import { CardSteps } from './card-steps.tsx';
import { decksHref } from './decks-route.ts';
import { DecksScreen } from './decks-screen.tsx';
import { useCardDensity } from './use-card-density.ts';

type CardViewProps = { deckId: string; cardId: string; audience: AudienceChoice };

/** One card, big, with its follow-up questions, the facilitator's hint and its source. */
export function CardView({ deckId, cardId, audience }: CardViewProps) {
  const { t } = useTranslation('decks');
  const library = useAllDecks();
  const lang = useContentLang();
  const density = useCardDensity();
  const deck = library.decks.find((d) => d.id === deckId);
  const index = deck ? deck.cards.findIndex((c) => c.id === cardId) : -1;
  const card = deck?.cards[index];
  if (library.ready && (!deck || !card)) {
    return (
      <DecksScreen title={t('card.notFound')} section="browse" ready>
        <p>{t('card.notFoundText', { id: cardId })}</p>
        <p>
          <a
            className="button"
            href={deck ? decksHref.deck(deck.id, audience) : decksHref.browse('', audience)}
          >
            {deck ? t('card.backToDeck', { deck: localize(deck.title, lang).text }) : t('deck.backToList')}
          </a>
        </p>
      </DecksScreen>
    );
  }
  const title =
    deck && card
      ? t('card.title', {
          number: index + 1,
          total: deck.cards.length,
          deck: localize(deck.title, lang).text,
        })
      : t('browse.title');
  return (
    <DecksScreen title={title} section="browse" ready={library.ready}>
      {deck && card && (
        <>
          <QuestionCard deck={deck} card={card} lang={lang} density={density} details />
          <CardHiddenState deckId={deck.id} cardId={card.id} />
          <CardSteps deck={deck} cardId={card.id} lang={lang} audience={audience} />
        </>
      )}
    </DecksScreen>
  );
}
