import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntry as Entry } from '../../domain/notes/journal-backup.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { formatDate } from '../../lib/format-date.ts';
import { JournalField } from './journal-field.tsx';

type JournalEntryProps = {
  entry: Entry;
  /** The card's question, shown when the list is not already grouped by card. */
  question: string | null;
  /** True when this answer was given again to a card answered before. */
  again: boolean;
  onDelete: (entry: Entry) => void;
};

/** One answer in the journal: date, text (as text), and editing or deleting it. */
export function JournalEntry({ entry, question, again, onDelete }: JournalEntryProps) {
  const { t } = useTranslation('solo');
  const lang = useContentLang();
  const [editing, setEditing] = useState(false);
  const date = formatDate(entry.createdAt, lang, { time: true });
  return (
    <article className="journal-entry" aria-label={t('journal.written', { date })}>
      <p className="journal-entry-meta">
        <time dateTime={new Date(entry.createdAt).toISOString()}>{date}</time>
        {again && <span className="journal-again">{t('journal.again')}</span>}
      </p>
      {question && <p className="journal-entry-card">{question}</p>}
      {editing ? (
        <JournalField label={t('journal.editLabel', { date })} cardRef={entry.cardRef} entryId={entry.id} />
      ) : (
        <p className="journal-entry-text">
          {entry.text.trim() === '' ? t('journal.emptyEntry') : entry.text}
        </p>
      )}
      <p className="journal-entry-tools">
        <button
          type="button"
          className="button-quiet"
          aria-expanded={editing}
          aria-label={editing ? undefined : t('journal.editLabel', { date })}
          onClick={() => setEditing((v) => !v)}
        >
          {editing ? t('journal.doneEditing') : t('journal.edit')}
        </button>
        <button
          type="button"
          className="button-quiet"
          aria-label={t('journal.deleteLabel', { date })}
          onClick={() => onDelete(entry)}
        >
          {t('journal.delete')}
        </button>
      </p>
    </article>
  );
}
