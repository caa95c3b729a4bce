import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { Card, Lang } from '../../domain/deck/types.ts';

/** A card's follow-up questions, facilitator hint and source, as plain text. */
export function CardDetails({ card, lang }: { card: Card; lang: Lang }) {
  const { t } = useTranslation('cards');
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
      {card.source && (
        <p className="qcard-source">
          <span className="qcard-details-label">{t('source')}: </span>
          {card.source.section}
        </p>
      )}
    </div>
  );
}
