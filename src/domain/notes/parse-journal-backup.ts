import type { DeckIssue } from '../deck/deck-issue.ts';
import { duplicateIdIssues, ownArray } from '../validation/cross-field-helpers.ts';
import { readFileJson, validateValue } from '../validation/validate-file.ts';
import { copyAssessment, copyJournalEntry, JOURNAL_LIMITS, type JournalBackup } from './journal-backup.ts';
import { JournalBackupSchema } from './journal-schema.ts';

/** A valid journal backup, or every issue found (deck issue codes; paths like `entries[2].text`). */
export type ParseJournalResult = { ok: true; backup: JournalBackup } | { ok: false; issues: DeckIssue[] };

function journalIdIssues(value: unknown): DeckIssue[] {
  const entries = ownArray(value, 'entries');
  const assessments = ownArray(value, 'assessments');
  return [
    ...(entries ? duplicateIdIssues(entries, ['entries']) : []),
    ...(assessments ? duplicateIdIssues(assessments, ['assessments']) : []),
  ];
}

/** Validates an already-parsed JSON value as a journal backup. Never throws. */
export function parseJournalBackup(value: unknown): ParseJournalResult {
  const result = validateValue(JournalBackupSchema, value, journalIdIssues);
  if (!result.ok) return result;
  const { exportedAt, entries, assessments } = result.output;
  return {
    ok: true,
    backup: {
      exportedAt,
      entries: entries.map(copyJournalEntry),
      assessments: assessments.map(copyAssessment),
    },
  };
}

/** Reads journal backup bytes or pasted text (capped at 5 MB) and validates it. Never throws. */
export function parseJournalBackupText(input: Uint8Array | string): ParseJournalResult {
  const read = readFileJson(input, JOURNAL_LIMITS.fileBytes);
  return read.ok ? parseJournalBackup(read.value) : read;
}
