import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { Card, Deck, Lang } from '../../domain/deck/types.ts';
import { CardSource } from './card-source.tsx';

/** A card's follow-up questions, facilitator hint, audience and source, as plain text. */
export function CardDetails({ deck, card, lang }: { deck: Deck; card: Card; lang: Lang }) {
  const { t } = useTranslation('cards');
  const audience =
    card.audience &&
    new Intl.ListFormat(lang, { type: 'conjunction' }).format(
      card.audience.map((a) => t(`audienceName.${a}`)),
    );
  return (
    <div className="qcard-details">
      {card.followUps && card.followUps.length > 0 && (
        <>
          <p className="qcard-details-label">{t('followUps')}</p>
          <ul className="qcard-followups">
            {card.followUps.map((f, i) => {
              const text = localize(f, lang);
              return (
                <li key={i} lang={text.lang}>
                  {text.text}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {card.hint && (
        <p className="qcard-hint">
          <span className="qcard-details-label">{t('hint')}: </span>
          <span lang={localize(card.hint, lang).lang}>{localize(card.hint, lang).text}</span>
        </p>
      )}
      {audience && <p className="qcard-audience">{t('audienceOf', { list: audience })}</p>}
      <CardSource deck={deck} card={card} lang={lang} />
    </div>
  );
}
