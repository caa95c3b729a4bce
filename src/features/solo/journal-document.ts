import { LEADERSHIP_FUNCTIONS, type LeadershipFunction } from '../../domain/notes/journal-backup.ts';
import type { Journal } from '../../domain/notes/merge-journal-backup.ts';

// One neutral shape of the journal for every way out of the app (Markdown, DOCX, the print view),
// so the three always say the same thing in the same order.

/** Words of the document, already in the user's language. */
export interface JournalDocLabels {
  readonly title: string;
  /** e.g. «Eksportert» */
  readonly exported: string;
  /** e.g. «Svar» */
  readonly entries: string;
  /** e.g. «Uten kort» */
  readonly noCard: string;
  /** e.g. «(tomt svar)» */
  readonly emptyEntry: string;
  /** e.g. «Ingen svar ennå» */
  readonly noEntries: string;
  /** e.g. «Egenvurderinger» */
  readonly assessments: string;
  /** e.g. «Ledelsesfunksjon» */
  readonly function: string;
  /** e.g. «Score (1–5)» */
  readonly score: string;
  /** e.g. «Notat» */
  readonly note: string;
  readonly functions: Readonly<Record<LeadershipFunction, string>>;
}

export interface DocEntry {
  readonly date: string;
  readonly text: string;
}
export interface DocSection {
  /** The card's question, or the no-card label. */
  readonly heading: string;
  readonly entries: readonly DocEntry[];
}
export interface DocAssessment {
  readonly date: string;
  readonly rows: readonly { readonly label: string; readonly score: number; readonly note: string }[];
}
export interface JournalDoc {
  readonly labels: JournalDocLabels;
  readonly exportedLine: string;
  readonly sections: readonly DocSection[];
  readonly assessments: readonly DocAssessment[];
}

export interface JournalDocInput {
  readonly journal: Journal;
  readonly labels: JournalDocLabels;
  readonly exportedAt: number;
  readonly cardText: (ref: string) => string;
  readonly formatDate: (ms: number) => string;
}

/** The journal as a document: entries grouped by card (first answered first), then assessments. */
export function buildJournalDoc(input: JournalDocInput): JournalDoc {
  const { labels, formatDate } = input;
  const groups = new Map<string | null, DocEntry[]>();
  const ordered = [...input.journal.entries].sort((a, b) => a.createdAt - b.createdAt);
  for (const entry of ordered) {
    const item = {
      date: formatDate(entry.createdAt),
      text: entry.text.trim() === '' ? labels.emptyEntry : entry.text,
    };
    const list = groups.get(entry.cardRef);
    if (list) list.push(item);
    else groups.set(entry.cardRef, [item]);
  }
  const sections: DocSection[] = [...groups]
    .sort(([a], [b]) => (a === null ? 1 : 0) - (b === null ? 1 : 0))
    .map(([ref, entries]) => ({ heading: ref === null ? labels.noCard : input.cardText(ref), entries }));
  const assessments = [...input.journal.assessments]
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((a) => ({
      date: formatDate(a.createdAt),
      rows: LEADERSHIP_FUNCTIONS.map((key) => ({
        label: labels.functions[key],
        score: a.ratings[key].score,
        note: a.ratings[key].note,
      })),
    }));
  return {
    labels,
    exportedLine: `${labels.exported}: ${formatDate(input.exportedAt)}`,
    sections,
    assessments,
  };
}
