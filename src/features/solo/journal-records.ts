// The leader's journal lives in the notes repository as plain Note records: an entry is a note of
// kind 'journal' (its thread in meta.round), an assessment a note of kind 'assessment' (the six
// ratings in meta.ratings). These functions translate both ways and trust nothing they read.
import {
  JOURNAL_LIMITS,
  LEADERSHIP_FUNCTIONS,
  type Assessment,
  type JournalEntry,
  type LeadershipFunction,
  type Rating,
} from '../../domain/notes/journal-backup.ts';
import type { Journal } from '../../domain/notes/merge-journal-backup.ts';
import type { Note } from '../../storage/note.ts';

export const JOURNAL_KIND = 'journal';
export const ASSESSMENT_KIND = 'assessment';

/** The six ratings of an assessment. */
export type Ratings = Readonly<Record<LeadershipFunction, Rating>>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isRound = (v: unknown): v is string =>
  typeof v === 'string' && v.trim() !== '' && v.length <= JOURNAL_LIMITS.round;

/** A journal note as a journal entry; null for any other note. */
export function noteToEntry(note: Note): JournalEntry | null {
  if (note.kind !== JOURNAL_KIND || note.deleted) return null;
  const entry: JournalEntry = {
    id: note.id,
    cardRef: note.cardRef,
    text: note.text,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
  };
  const round = note.meta?.round;
  return isRound(round) ? { ...entry, round } : entry;
}

/** Reads the six ratings from a note's meta; null unless every function has a 1–5 score. */
export function readRatings(meta: unknown): Ratings | null {
  if (!isRecord(meta) || !isRecord(meta.ratings)) return null;
  const source = meta.ratings;
  const out: Partial<Record<LeadershipFunction, Rating>> = {};
  for (const key of LEADERSHIP_FUNCTIONS) {
    const rating = Object.hasOwn(source, key) ? source[key] : undefined;
    if (!isRecord(rating)) return null;
    const { score, note } = rating;
    if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) return null;
    const text = typeof note === 'string' ? note.slice(0, JOURNAL_LIMITS.ratingNote) : '';
    out[key] = { score: score as Rating['score'], note: text };
  }
  return out as Ratings;
}

/** An assessment note as an assessment; null for any other note or damaged ratings. */
export function noteToAssessment(note: Note): Assessment | null {
  if (note.kind !== ASSESSMENT_KIND || note.deleted) return null;
  const ratings = readRatings(note.meta);
  return ratings ? { id: note.id, createdAt: note.createdAt, ratings } : null;
}

/** The journal held in a list of notes, both lists oldest first. */
export function journalFromNotes(notes: readonly Note[]): Journal {
  const byTime = <T extends { createdAt: number; id: string }>(a: T, b: T) =>
    a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    entries: notes.flatMap((n) => noteToEntry(n) ?? []).sort(byTime),
    assessments: notes.flatMap((n) => noteToAssessment(n) ?? []).sort(byTime),
  };
}

/** A journal entry as a stored note record, its times kept (for restoring a backup). */
export function entryToNote(entry: JournalEntry): Note {
  const note: Note = {
    id: entry.id,
    kind: JOURNAL_KIND,
    sessionId: null,
    cardRef: entry.cardRef,
    text: entry.text,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    rev: 1,
  };
  return entry.round === undefined ? note : { ...note, meta: { round: entry.round } };
}

/** The meta of an assessment note. */
export function ratingsMeta(ratings: Ratings): Record<string, unknown> {
  const copy = Object.fromEntries(
    LEADERSHIP_FUNCTIONS.map((key) => [key, { score: ratings[key].score, note: ratings[key].note }]),
  );
  return { ratings: copy };
}

/** An assessment as a stored note record (assessments are snapshots: updated when created). */
export function assessmentToNote(assessment: Assessment): Note {
  return {
    id: assessment.id,
    kind: ASSESSMENT_KIND,
    sessionId: null,
    cardRef: null,
    text: '',
    createdAt: assessment.createdAt,
    updatedAt: assessment.createdAt,
    rev: 1,
    meta: ratingsMeta(assessment.ratings),
  };
}
