import { useTranslation } from 'react-i18next';
import type { Deck } from '../../domain/deck/types.ts';
import { LEADERSHIP_FUNCTIONS, type LeadershipFunction } from '../../domain/notes/journal-backup.ts';
import type { Journal } from '../../domain/notes/merge-journal-backup.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { formatDate } from '../../lib/format-date.ts';
import { cardQuestion } from './card-lookup.ts';
import { buildJournalDoc, type JournalDoc, type JournalDocLabels } from './journal-document.ts';

/** Builds the journal document (for Markdown, DOCX and print) in the UI language. */
export function useJournalDoc(): (
  journal: Journal,
  decks: readonly Deck[],
  at: number,
  exported?: string,
) => JournalDoc {
  const { t } = useTranslation('solo');
  const lang = useContentLang();
  return (journal, decks, at, exported = t('doc.exported')) => {
    const labels: JournalDocLabels = {
      title: t('export.fileTitle'),
      exported,
      entries: t('doc.entries'),
      noCard: t('journal.noCard'),
      emptyEntry: t('journal.emptyEntry'),
      noEntries: t('doc.noEntries'),
      assessments: t('doc.assessments'),
      function: t('assessment.function'),
      score: t('doc.score'),
      note: t('assessment.noteColumn'),
      functions: Object.fromEntries(
        LEADERSHIP_FUNCTIONS.map((key) => [key, t(`functions.${key}`)]),
      ) as Record<LeadershipFunction, string>,
    };
    return buildJournalDoc({
      journal,
      labels,
      exportedAt: at,
      cardText: (ref) => cardQuestion(decks, ref, lang),
      formatDate: (ms) => formatDate(ms, lang, { time: true }),
    });
  };
}
