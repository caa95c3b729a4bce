import type { TFunction } from 'i18next';
import type { Deck, Lang } from '../../domain/deck/types.ts';
import type { Note } from '../../domain/notes/note-types.ts';
import type { Step } from '../../domain/workshop/run-sheet-types.ts';
import { cardText } from './card-lookup.ts';
import { formatDay } from './format-date.ts';
import { groupNotes } from './group-notes.ts';

/** The minutes as the print view and the DOCX export lay them out (Markdown uses the domain's own). */
export type Minutes = {
  title: string;
  date: string;
  steps: string[];
  groups: { key: string; heading: string; notes: { id: string; text: string; who: string | null }[] }[];
};

export type MinutesSource = {
  title: string;
  /** When the session took place (ms); null when unknown. */
  date: number | null;
  steps: readonly Step[];
  notes: readonly Note[];
  decks: readonly Deck[];
  lang: Lang;
  anonymise: boolean;
};

const MINUTE = 60_000;

/** The run-sheet's steps as the minutes word them, e.g. «Speed-date (4 × 3 min)». */
export function describeSteps(steps: readonly Step[], t: TFunction<'notes'>): string[] {
  return steps.map((step) => {
    const minutes = Math.max(1, Math.round(step.durationMs / MINUTE));
    const name = t(`formats.${step.format}`);
    return step.format === 'speed-date' && step.rounds !== null
      ? t('minutes.stepRounds', { name, rounds: step.rounds, minutes })
      : t('minutes.step', { name, minutes });
  });
}

/** Who wrote a note, as the minutes show it; null when anonymised or unknown. */
export function authorLine(note: Note, anonymise: boolean, t: TFunction<'notes'>): string | null {
  if (anonymise) return null;
  const parts = [...(note.author === undefined ? [] : [note.author])];
  if (note.seat !== undefined) parts.push(t('wall.seat', { seat: note.seat }));
  return parts.length > 0 ? parts.join(', ') : null;
}

/** Builds the minutes: title, date, steps, and the notes grouped by card (free notes last). */
export function buildMinutes(source: MinutesSource, t: TFunction<'notes'>): Minutes {
  const groups = groupNotes(source.notes, 'card', () => null).map((group) => ({
    key: group.key,
    heading:
      group.key === ''
        ? t('minutes.noCard')
        : `${t('minutes.card')}: ${cardText(source.decks, group.key, source.lang)}`,
    notes: group.notes.map((note) => ({
      id: note.id,
      text: note.text,
      who: authorLine(note, source.anonymise, t),
    })),
  }));
  return {
    title: source.title,
    date: source.date === null ? '' : formatDay(source.date, source.lang),
    steps: describeSteps(source.steps, t),
    groups,
  };
}
