import type { TFunction } from 'i18next';
import type { Deck, Lang } from '../../domain/deck/types.ts';
import { notesToCsv } from '../../domain/notes/export-csv.ts';
import { createNotesExport, notesExportToJson } from '../../domain/notes/export-json.ts';
import { notesToMarkdown } from '../../domain/notes/export-markdown.ts';
import { withoutAuthor, type Note } from '../../domain/notes/note-types.ts';
import type { SessionRef } from '../../domain/notes/session-ref.ts';
import type { Step } from '../../domain/workshop/run-sheet-types.ts';
import { cardText } from './card-lookup.ts';
import { fileDate, formatDateTime, formatDay } from './format-date.ts';
import { visibleNotes } from './group-notes.ts';
import { describeSteps } from './minutes.ts';

/** Everything an export of one session is made from. */
export type ExportSource = {
  ref: SessionRef;
  title: string;
  /** When the session took place (ms). */
  date: number;
  steps: readonly Step[];
  /** Every note of the session, cleared ones included (the JSON export is lossless). */
  notes: readonly Note[];
  decks: readonly Deck[];
  lang: Lang;
  anonymise: boolean;
  /** The clock reading for exportedAt and the file name. */
  now: number;
};

/** A file to hand to the user. */
export type ExportFile = { name: string; text: string; type: string };

const fileName = (source: ExportSource, kind: string, ext: string) =>
  `kortstokk-${kind}-${source.ref.code}-${fileDate(source.now)}.${ext}`;

/** Minutes in Markdown: session, date, steps, notes by card. */
export function markdownFile(source: ExportSource, t: TFunction<'notes'>): ExportFile {
  const text = notesToMarkdown({
    title: source.title,
    date: source.date,
    steps: describeSteps(source.steps, t),
    notes: visibleNotes(source.notes),
    cardText: (ref) => cardText(source.decks, ref, source.lang),
    labels: {
      date: t('minutes.date'),
      steps: t('minutes.steps'),
      notes: t('minutes.notes'),
      card: t('minutes.card'),
      noCard: t('minutes.noCard'),
      seat: t('minutes.seat'),
      noNotes: t('minutes.noNotes'),
    },
    formatDate: (ms) => formatDay(ms, source.lang),
    anonymise: source.anonymise,
  });
  return { name: fileName(source, t('files.minutes'), 'md'), text, type: 'text/markdown' };
}

/** CSV for Norwegian Excel (`;`, BOM, formula-safe cells). */
export function csvFile(source: ExportSource, t: TFunction<'notes'>): ExportFile {
  const text = notesToCsv({
    notes: visibleNotes(source.notes),
    cardText: (ref) => cardText(source.decks, ref, source.lang),
    labels: {
      time: t('csv.time'),
      step: t('csv.step'),
      seat: t('csv.seat'),
      author: t('csv.author'),
      cardRef: t('csv.cardRef'),
      card: t('csv.card'),
      text: t('csv.text'),
    },
    formatDate: (ms) => formatDateTime(ms, source.lang),
    anonymise: source.anonymise,
  });
  return { name: fileName(source, t('files.notes'), 'csv'), text, type: 'text/csv' };
}

/** The lossless JSON export: every note, re-importable on any device. Anonymised, it has no names. */
export function jsonFile(source: ExportSource, t: TFunction<'notes'>): ExportFile {
  const text = notesExportToJson(
    createNotesExport({
      session: source.ref,
      ...(source.title.trim() === '' ? {} : { title: source.title.slice(0, 200) }),
      exportedAt: Math.floor(source.now),
      notes: source.anonymise ? source.notes.map(withoutAuthor) : source.notes,
    }),
  );
  return { name: fileName(source, t('files.notes'), 'json'), text, type: 'application/json' };
}

/** The DOCX file name. */
export function docxName(source: ExportSource, t: TFunction<'notes'>): string {
  return fileName(source, t('files.minutes'), 'docx');
}
