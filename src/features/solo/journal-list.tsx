import { useTranslation } from 'react-i18next';
import type { Deck } from '../../domain/deck/types.ts';
import type { JournalEntry as Entry } from '../../domain/notes/journal-backup.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { formatDate, isoDay } from '../../lib/format-date.ts';
import { cardQuestion } from './card-lookup.ts';
import { JournalEntry } from './journal-entry.tsx';
import { groupByCard, groupByDay } from './journal-search.ts';

type JournalListProps = {
  entries: readonly Entry[];
  /** Ids of answers given again to a card answered before. */
  again: ReadonlySet<string>;
  order: 'date' | 'card';
  decks: readonly Deck[];
  onDelete: (entry: Entry) => void;
};

/** The journal's entries under a heading per day (newest first) or per card. */
export function JournalList({ entries, again, order, decks, onDelete }: JournalListProps) {
  const { t } = useTranslation('solo');
  const lang = useContentLang();
  const question = (ref: string | null) => (ref === null ? null : cardQuestion(decks, ref, lang));
  const groups =
    order === 'date'
      ? groupByDay(entries, isoDay).map(([day, list]) => ({
          key: day,
          heading: formatDate(list[0]?.createdAt ?? 0, lang, { weekday: true }),
          list,
          showCard: true,
        }))
      : groupByCard(entries).map(([ref, list]) => ({
          key: ref ?? '',
          heading: question(ref) ?? t('journal.noCard'),
          list,
          showCard: false,
        }));
  return (
    <div className="journal-list">
      {groups.map((group) => (
        <section key={group.key} className="journal-group">
          <h2 className="journal-group-title">{group.heading}</h2>
          {group.list.map((entry) => (
            <JournalEntry
              key={entry.id}
              entry={entry}
              question={group.showCard ? question(entry.cardRef) : null}
              again={again.has(entry.id)}
              onDelete={onDelete}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
