import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createJournalBackup,
  journalBackupToJson,
  type JournalEntry,
} from '../../../src/domain/notes/journal-backup.ts';
import { mergeJournalBackup, type Journal } from '../../../src/domain/notes/merge-journal-backup.ts';
import { parseJournalBackupText } from '../../../src/domain/notes/parse-journal-backup.ts';
import { assessmentArb, entryArb } from './support/note-arbitraries.ts';

const journalArb: fc.Arbitrary<Journal> = fc.record({
  entries: fc.uniqueArray(entryArb, { maxLength: 8, selector: (e) => e.id }),
  assessments: fc.uniqueArray(assessmentArb, { maxLength: 4, selector: (a) => a.id }),
});
const EMPTY: Journal = { entries: [], assessments: [] };

/** Export → file text → parse → merge into `into`. */
function restore(journal: Journal, into: Journal) {
  const parsed = parseJournalBackupText(
    journalBackupToJson(createJournalBackup({ ...journal, exportedAt: 5 })),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return mergeJournalBackup(into, parsed.backup);
}

const entry = (overrides: Partial<JournalEntry>): JournalEntry => ({
  id: 'e1',
  cardRef: null,
  text: 'x',
  createdAt: 1,
  updatedAt: 1,
  ...overrides,
});

describe('journal backup', () => {
  it('restores exactly what was exported into an empty journal', () => {
    fc.assert(
      fc.property(journalArb, (journal) => {
        const result = restore(journal, EMPTY);
        expect({ entries: result.entries, assessments: result.assessments }).toEqual(journal);
        expect(result.entryCounts).toEqual({ added: journal.entries.length, updated: 0, unchanged: 0 });
      }),
      { numRuns: 200 },
    );
  });

  it('duplicates nothing when the same backup is imported twice', () => {
    fc.assert(
      fc.property(journalArb, journalArb, (current, backedUp) => {
        const once = restore(backedUp, current);
        const twice = restore(backedUp, once);
        expect({ entries: twice.entries, assessments: twice.assessments }).toEqual({
          entries: once.entries,
          assessments: once.assessments,
        });
        expect(twice.entryCounts.added + twice.entryCounts.updated).toBe(0);
        expect(twice.assessmentCounts.added).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the newer version of an entry and never deletes one', () => {
    const current: Journal = {
      entries: [entry({ id: 'a', text: 'new', updatedAt: 9 }), entry({ id: 'b' })],
      assessments: [],
    };
    const backup = createJournalBackup({
      entries: [
        entry({ id: 'a', text: 'old', updatedAt: 2 }),
        entry({ id: 'c', text: 'gone', updatedAt: 3 }),
      ],
      assessments: [],
      exportedAt: 10,
    });
    const result = mergeJournalBackup(current, backup);
    expect(result.entries.map((e) => `${e.id}:${e.text}`)).toEqual(['a:new', 'b:x', 'c:gone']);
    expect(result.entryCounts).toEqual({ added: 1, updated: 0, unchanged: 1 });
  });

  it('leaves an assessment it already has as it is', () => {
    fc.assert(
      fc.property(assessmentArb, assessmentArb, (held, other) => {
        const changed = { ...other, id: held.id };
        const result = mergeJournalBackup(
          { entries: [], assessments: [held] },
          createJournalBackup({ entries: [], assessments: [changed], exportedAt: 0 }),
        );
        expect(result.assessments).toEqual([held]);
      }),
      { numRuns: 50 },
    );
  });

  it('writes type and format into the file and nothing unknown', () => {
    const text = journalBackupToJson(
      createJournalBackup({ entries: [entry({ round: 'vår' })], assessments: [], exportedAt: 7 }),
    );
    expect(JSON.parse(text)).toEqual({
      type: 'kortstokk/journal',
      format: 1,
      exportedAt: 7,
      entries: [entry({ round: 'vår' })],
      assessments: [],
    });
  });
});
