import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntry } from '../../domain/notes/journal-backup.ts';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { cardQuestion } from './card-lookup.ts';
import { JournalList } from './journal-list.tsx';
import { answeredAgain, searchEntries } from './journal-search.ts';
import { SoloScreen } from './solo-screen.tsx';
import { useJournal } from './use-journal.ts';
import { WipeJournal } from './wipe-journal.tsx';
import './journal-view.css';

/** The journal: every answer by date or by card, search, edit, delete with undo, «Slett alt». */
export function JournalView() {
  const { t } = useTranslation('solo');
  const lang = useContentLang();
  const { decks, ready } = useAllDecks();
  const { repo, journal, loading } = useJournal();
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<'date' | 'card'>('date');
  const [deleted, setDeleted] = useState<JournalEntry | null>(null);
  const [restored, setRestored] = useState(false);
  const undo = useRef<HTMLButtonElement>(null);
  const searchId = useId();
  const found = useMemo(
    () => searchEntries(journal.entries, query, (ref) => cardQuestion(decks, ref, lang)),
    [journal.entries, query, decks, lang],
  );
  const again = useMemo(() => answeredAgain(journal.entries), [journal.entries]);
  // The deleted answer's buttons are gone: focus goes to «Angre», the one thing to do next.
  useEffect(() => {
    if (deleted) undo.current?.focus();
  }, [deleted]);
  const remove = (entry: JournalEntry) => {
    repo.remove(entry.id);
    setRestored(false);
    setDeleted(entry);
  };
  const restore = () => {
    if (deleted) repo.restore(deleted.id);
    setDeleted(null);
    setRestored(true);
  };
  const total = journal.entries.length + journal.assessments.length;
  return (
    <SoloScreen title={t('journal.title')} view="journal" ready={ready && !loading}>
      <p className="lead">{t('journal.lead')}</p>
      <div className="journal-tools">
        <div className="solo-field">
          <label htmlFor={searchId}>{t('journal.search')}</label>
          <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <fieldset className="journal-order">
          <legend>{t('journal.order')}</legend>
          {(['date', 'card'] as const).map((value) => (
            <label key={value} className="solo-radio">
              <input
                type="radio"
                name="journal-order"
                value={value}
                checked={order === value}
                onChange={() => setOrder(value)}
              />
              {value === 'date' ? t('journal.byDate') : t('journal.byCard')}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="solo-undo" role="status">
        {deleted && (
          <>
            <span>{t('journal.deleted')}</span>
            <button ref={undo} type="button" className="button" onClick={restore}>
              {t('journal.undo')}
            </button>
          </>
        )}
        {restored && <span>{t('journal.restored')}</span>}
      </div>
      <p className="journal-count" aria-live="polite">
        {journal.entries.length === 0
          ? t('journal.empty')
          : found.length === 0
            ? t('journal.noMatch')
            : t('journal.count', { count: found.length })}
      </p>
      <JournalList entries={found} again={again} order={order} decks={decks} onDelete={remove} />
      <WipeJournal count={total} />
    </SoloScreen>
  );
}
