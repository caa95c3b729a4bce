import { useTranslation } from 'react-i18next';
import { describedSource } from '../../domain/deck/card-source.ts';
import { localize } from '../../domain/deck/localize.ts';
import type { Card, Deck, Lang } from '../../domain/deck/types.ts';

/**
 * Where a card's question comes from, as a reader can look it up: the document's title, who
 * published or gave it, the year and the section, then where to find it.
 */
export function CardSource({ deck, card, lang }: { deck: Deck; card: Card; lang: Lang }) {
  const { t } = useTranslation('cards');
  const source = describedSource(deck, card);
  if (!source) return null;
  const { doc, section } = source;
  const title = localize(doc.title, lang);
  const where = doc.where && localize(doc.where, lang);
  const about = [doc.by, doc.year === undefined ? undefined : String(doc.year)].filter(Boolean);
  return (
    <div className="qcard-source">
      <p>
        <span className="qcard-details-label">{t('source')}: </span>
        <cite lang={title.lang}>{title.text}</cite>
        {about.length > 0 && `, ${about.join(', ')}`}
        {' – '}
        {t('sourceSection', { section })}.
      </p>
      {where && (
        <p className="qcard-source-where">
          <span lang={where.lang}>{t('sourceWhere', { where: where.text })}</span>
        </p>
      )}
    </div>
  );
}
