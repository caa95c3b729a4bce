import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECK_ISSUE_CODES } from '../../../src/domain/deck/deck-issue.ts';
import { parseNotesExport } from '../../../src/domain/notes/export-json.ts';
import { parseHandIn, parseHandInText } from '../../../src/domain/notes/parse-handin.ts';
import {
  parseJournalBackup,
  parseJournalBackupText,
} from '../../../src/domain/notes/parse-journal-backup.ts';
import { parseNotesFile, parseNotesFileText } from '../../../src/domain/notes/parse-notes-file.ts';
import { ANYTHING_SETTINGS } from '../workshop/support/file-corpus.ts';
import { SESSION } from './support/note-arbitraries.ts';

type Result = { ok: true } | { ok: false; issues: readonly { code: string }[] };

const valueParsers: Record<string, (value: unknown) => Result> = {
  parseHandIn,
  parseJournalBackup,
  parseNotesExport,
  parseNotesFile,
};
const textParsers: Record<string, (input: Uint8Array | string) => Result> = {
  parseHandInText,
  parseJournalBackupText,
  parseNotesFileText,
};

const knownOutcome = (result: Result) =>
  result.ok ||
  (result.issues.length > 0 &&
    result.issues.every((i) => (DECK_ISSUE_CODES as readonly string[]).includes(i.code)));

const anything = fc.anything({
  ...ANYTHING_SETTINGS,
  key: fc.oneof(
    fc.string(),
    fc.constantFrom('__proto__', 'constructor', 'notes', 'entries', 'ratings', 'session', 'id'),
  ),
});

/** Values shaped like our files, so the inner schemas and cross-field rules get exercised too. */
const fileish = fc.record(
  {
    type: fc.constantFrom('kortstokk/hand-in', 'kortstokk/journal', 'kortstokk/notes'),
    format: fc.constantFrom(1, 2),
    session: fc.oneof(fc.constant(SESSION), anything),
    participant: anything,
    createdAt: fc.jsonValue(),
    exportedAt: fc.jsonValue(),
    notes: fc.array(fc.oneof(anything, fc.record({ id: fc.constantFrom('a', 'b'), text: anything }))),
    entries: fc.array(fc.oneof(anything, fc.record({ id: fc.constantFrom('a', 'b') }))),
    assessments: fc.array(fc.record({ id: fc.string(), ratings: anything }, { requiredKeys: [] })),
  },
  { requiredKeys: [] },
);

describe('every notes parser', () => {
  for (const [name, parse] of Object.entries(valueParsers)) {
    it(`${name} never throws on any value and only uses known codes`, () => {
      fc.assert(
        fc.property(anything, (value) => knownOutcome(parse(value))),
        { numRuns: 500 },
      );
      fc.assert(
        fc.property(fileish, (value) => knownOutcome(parse(value))),
        { numRuns: 500 },
      );
    });
  }

  for (const [name, parse] of Object.entries(textParsers)) {
    it(`${name} never throws on random text, bytes or odd values`, () => {
      const input = fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.json(),
        fc.uint8Array({ maxLength: 200 }),
      );
      fc.assert(
        fc.property(input, (text) => {
          expect(typeof parse(text).ok).toBe('boolean');
        }),
        { numRuns: 400 },
      );
      fc.assert(
        fc.property(anything, (value) => knownOutcome(parse(value as string))),
        { numRuns: 200 },
      );
    });
  }
});
