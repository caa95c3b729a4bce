import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Journal } from '../../../src/domain/notes/merge-journal-backup.ts';
import {
  assessmentToNote,
  entryToNote,
  journalFromNotes,
  noteToAssessment,
  noteToEntry,
  readRatings,
} from '../../../src/features/solo/journal-records.ts';
import type { Note } from '../../../src/storage/note.ts';
import { assessmentArb, entryArb } from '../../domain/notes/support/note-arbitraries.ts';

const note = (overrides: Partial<Note>): Note => ({
  id: 'n1',
  kind: 'journal',
  sessionId: null,
  cardRef: 'ledelse/ledelse-001',
  text: 'Svar',
  createdAt: 10,
  updatedAt: 20,
  rev: 3,
  ...overrides,
});

const RATINGS = {
  'strategisk-planlegging': { score: 3, note: '' },
  okonomistyring: { score: 4, note: 'Budsjettet holder.' },
  kompetanseutvikling: { score: 2, note: '' },
  kvalitetsutvikling: { score: 3, note: '' },
  'personlige-lederegenskaper': { score: 5, note: '' },
  samhandling: { score: 1, note: 'Må bli bedre.' },
};

describe('journal records', () => {
  it('reads a journal note as an entry, its thread from meta.round', () => {
    expect(noteToEntry(note({ meta: { round: 'r1' } }))).toEqual({
      id: 'n1',
      cardRef: 'ledelse/ledelse-001',
      text: 'Svar',
      createdAt: 10,
      updatedAt: 20,
      round: 'r1',
    });
    expect(noteToEntry(note({ meta: { round: '' } }))).not.toHaveProperty('round');
    expect(noteToEntry(note({ meta: { round: 7 } }))).not.toHaveProperty('round');
  });

  it('ignores other kinds, deleted notes and damaged ratings', () => {
    expect(noteToEntry(note({ kind: 'note' }))).toBeNull();
    expect(noteToEntry(note({ deleted: true }))).toBeNull();
    expect(noteToAssessment(note({ kind: 'assessment', meta: { ratings: RATINGS } }))).not.toBeNull();
    expect(readRatings({ ratings: { ...RATINGS, samhandling: { score: 6, note: '' } } })).toBeNull();
    expect(readRatings({ ratings: { ...RATINGS, samhandling: undefined } })).toBeNull();
    expect(readRatings({ ratings: { ...RATINGS, okonomistyring: { score: 2.5, note: '' } } })).toBeNull();
    expect(readRatings({ ratings: Object.create({ ...RATINGS }) as object })).toBeNull();
    expect(readRatings(null)).toBeNull();
  });

  it('gives back every entry and assessment it stored, oldest first', () => {
    const journalArb: fc.Arbitrary<Journal> = fc.record({
      entries: fc.uniqueArray(entryArb, { maxLength: 8, selector: (e) => e.id }),
      assessments: fc.uniqueArray(assessmentArb, { maxLength: 4, selector: (a) => a.id }),
    });
    fc.assert(
      fc.property(journalArb, (journal) => {
        const ids = new Set(journal.entries.map((e) => e.id));
        const assessments = journal.assessments.filter((a) => !ids.has(a.id));
        const notes = [...journal.entries.map(entryToNote), ...assessments.map(assessmentToNote)];
        const back = journalFromNotes(notes);
        const byTime = <T extends { createdAt: number; id: string }>(list: readonly T[]) =>
          [...list].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
        expect(back.entries).toEqual(byTime(journal.entries));
        expect(back.assessments).toEqual(byTime(assessments));
      }),
    );
  });
});
