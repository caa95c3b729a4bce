import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { Card, Deck, Lang } from '../../domain/deck/types.ts';
import { deckColor } from './deck-colors.ts';
import { CardDetails } from './card-details.tsx';
import './question-card.css';

export type CardDensity = 'phone' | 'tablet' | 'projector';

type QuestionCardProps = {
  deck: Deck;
  card: Card;
  lang: Lang;
  density?: CardDensity;
  /** Follow-up questions, the facilitator's hint and the source. */
  details?: boolean;
};

/**
 * A reflection card: the category as a small coloured label, one question in large type.
 * All text is rendered as text (never HTML). A text shown in another language than the UI's
 * says so discreetly.
 */
export function QuestionCard({ deck, card, lang, density = 'tablet', details = false }: QuestionCardProps) {
  const { t } = useTranslation('cards');
  const text = localize(card.text, lang);
  const category = deck.categories.find((c) => c.id === card.category);
  const style = { '--deck': deckColor(deck.id) } as CSSProperties;
  return (
    <article className={`qcard qcard-${density}`} style={style} data-card={`${deck.id}/${card.id}`}>
      <p className="qcard-meta">
        <span className="qcard-category">
          {category ? localize(category.label, lang).text : card.category}
        </span>
        <span className="qcard-deck">{localize(deck.title, lang).text}</span>
      </p>
      {card.flip && <p className="qcard-flip">{t('flip')}</p>}
      <p className="qcard-text" lang={text.lang}>
        {text.text}
      </p>
      {text.fallback && <p className="qcard-fallback">{t(`shownIn.${text.lang}`)}</p>}
      {details && <CardDetails deck={deck} card={card} lang={lang} />}
    </article>
  );
}
