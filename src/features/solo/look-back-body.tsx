import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionCard } from '../../components/card/question-card.tsx';
import type { Deck } from '../../domain/deck/types.ts';
import type { JournalEntry } from '../../domain/notes/journal-backup.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { readClock } from '../../hooks/use-now.ts';
import { formatDate } from '../../lib/format-date.ts';
import { findCard } from './card-lookup.ts';
import { JournalField } from './journal-field.tsx';
import { lookBackItems } from './look-back.ts';

type LookBackBodyProps = { weeks: number; entries: readonly JournalEntry[]; decks: readonly Deck[] };

/**
 * The cards that come back, one at a time: the card, what was written before, and a field for
 * the new answer side by side. The list is fixed when the screen opens, so a card does not vanish
 * the moment it is answered again.
 */
export function LookBackBody({ weeks, entries, decks }: LookBackBodyProps) {
  const { t } = useTranslation('solo');
  const lang = useContentLang();
  const [items] = useState(() => lookBackItems(entries, readClock(), weeks));
  const [index, setIndex] = useState(0);
  // The answer written to each card in this visit, so going back and forth keeps editing it.
  const [written, setWritten] = useState<Readonly<Record<string, string>>>({});
  const item = items[Math.min(index, items.length - 1)];
  if (!item) return <p className="solo-empty">{t('lookBack.none', { count: weeks })}</p>;
  const found = findCard(decks, item.cardRef);
  return (
    <section
      className="look-back"
      aria-label={t('lookBack.position', { index: index + 1, total: items.length })}
    >
      <p className="solo-progress">{t('lookBack.position', { index: index + 1, total: items.length })}</p>
      {found ? (
        <QuestionCard deck={found.deck} card={found.card} lang={lang} density="tablet" />
      ) : (
        <p className="solo-empty">{t('session.unknownCard', { ref: item.cardRef })}</p>
      )}
      <div className="look-back-pair">
        <div className="look-back-before">
          <h2>{t('lookBack.before')}</h2>
          {item.earlier.map((entry) => (
            <figure key={entry.id} className="look-back-earlier">
              <figcaption>
                <time dateTime={new Date(entry.createdAt).toISOString()}>
                  {formatDate(entry.createdAt, lang, { weekday: true })}
                </time>
              </figcaption>
              <blockquote className="journal-entry-text">{entry.text}</blockquote>
            </figure>
          ))}
        </div>
        <div className="look-back-now">
          <h2>{t('lookBack.now')}</h2>
          <JournalField
            key={item.cardRef}
            label={t('session.answer')}
            cardRef={item.cardRef}
            entryId={written[item.cardRef] ?? null}
            round={item.round}
            onCreated={(id) => setWritten((w) => ({ ...w, [item.cardRef]: id }))}
          />
        </div>
      </div>
      <p className="solo-actions">
        <button
          type="button"
          className="button button-quiet"
          disabled={index === 0}
          onClick={() => setIndex(index - 1)}
        >
          {t('lookBack.previous')}
        </button>
        <button
          type="button"
          className="button"
          disabled={index >= items.length - 1}
          onClick={() => setIndex(index + 1)}
        >
          {t('lookBack.next')}
        </button>
      </p>
    </section>
  );
}
