import type { DeckIssue } from '../deck/deck-issue.ts';
import { isPlainRecord } from '../deck/strict-record.ts';
import { readFileJson } from '../validation/validate-file.ts';
import { NOTES_EXPORT_LIMITS, parseNotesExport, type NotesExport } from './export-json.ts';
import { HAND_IN_TYPE, type HandIn } from './handin.ts';
import { parseHandIn } from './parse-handin.ts';

/** A notes file the facilitator can import: one participant's hand-in or a whole session's export. */
export type NotesFile = { kind: 'hand-in'; handIn: HandIn } | { kind: 'notes'; notesExport: NotesExport };

/** A valid notes file, or every issue found. */
export type ParseNotesFileResult = { ok: true; file: NotesFile } | { ok: false; issues: DeckIssue[] };

/**
 * Validates an already-parsed value as a hand-in (when its type says so) or else as a notes
 * export; an unknown type is reported against the export's tag. Never throws.
 */
export function parseNotesFile(value: unknown): ParseNotesFileResult {
  if (isPlainRecord(value) && Object.hasOwn(value, 'type') && value.type === HAND_IN_TYPE) {
    const result = parseHandIn(value);
    return result.ok ? { ok: true, file: { kind: 'hand-in', handIn: result.handIn } } : result;
  }
  const result = parseNotesExport(value);
  return result.ok ? { ok: true, file: { kind: 'notes', notesExport: result.notesExport } } : result;
}

/**
 * Reads a notes file (hand-in or export) from bytes or pasted text, capped at the export's 5 MB
 * (a hand-in read on its own is capped at 1 MB by parseHandInText). Never throws.
 */
export function parseNotesFileText(input: Uint8Array | string): ParseNotesFileResult {
  const read = readFileJson(input, NOTES_EXPORT_LIMITS.fileBytes);
  return read.ok ? parseNotesFile(read.value) : read;
}
