import * as v from 'valibot';
import type { DeckIssue } from '../deck/deck-issue.ts';
import { encodeIssue } from '../deck/issue-message.ts';
import { strictRecord } from '../deck/strict-record.ts';
import { listOf, textOf, timestamp } from '../validation/schema-parts.ts';
import { validateValue } from '../validation/validate-file.ts';
import { NoteSchema } from './note-schema.ts';
import { copyNote, type Note } from './note-types.ts';
import { noteIdIssues } from './parse-handin.ts';
import { copySessionRef, SessionRefSchema, type SessionRef } from './session-ref.ts';

/** The `type` tag of a session's notes export. */
export const NOTES_EXPORT_TYPE = 'kortstokk/notes';

/** The only notes export format this code reads. */
export const NOTES_EXPORT_FORMAT = 1;

/** Limits of a notes export: a whole session's notes, so more room than one hand-in. */
export const NOTES_EXPORT_LIMITS = { fileBytes: 5_000_000, notes: 20_000, title: 200 } as const;

/**
 * Every note of one session, lossless: the canonical backup of a workshop. It carries the same
 * session reference as a hand-in, so it imports through the same merge (mergeHandIns).
 */
export interface NotesExport {
  readonly session: SessionRef;
  readonly title?: string;
  readonly exportedAt: number;
  readonly notes: readonly Note[];
}

/** Packs a session's notes for export; exportedAt is the caller's clock reading (ms). */
export function createNotesExport(options: NotesExport): NotesExport {
  const out: NotesExport = {
    session: copySessionRef(options.session),
    exportedAt: options.exportedAt,
    notes: options.notes.map(copyNote),
  };
  return options.title === undefined ? out : { ...out, title: options.title };
}

/** Writes a notes export as pretty JSON that parseNotesFileText reads back equal. */
export function notesExportToJson(data: NotesExport): string {
  const { session, title, exportedAt, notes } = createNotesExport(data);
  const file = { type: NOTES_EXPORT_TYPE, format: NOTES_EXPORT_FORMAT, session, title, exportedAt, notes };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A notes export file of format 1 (structure only). */
export const NotesExportSchema = strictRecord({
  type: v.literal(NOTES_EXPORT_TYPE, encodeIssue('wrong-type-tag', { expected: NOTES_EXPORT_TYPE })),
  format: v.literal(NOTES_EXPORT_FORMAT, encodeIssue('unknown-format', { supported: NOTES_EXPORT_FORMAT })),
  session: SessionRefSchema,
  title: v.optional(textOf(NOTES_EXPORT_LIMITS.title)),
  exportedAt: timestamp(),
  notes: listOf(NoteSchema, 0, NOTES_EXPORT_LIMITS.notes),
});

/** Validates an already-parsed JSON value as a notes export. Never throws. */
export function parseNotesExport(
  value: unknown,
): { ok: true; notesExport: NotesExport } | { ok: false; issues: DeckIssue[] } {
  const result = validateValue(NotesExportSchema, value, noteIdIssues);
  if (!result.ok) return result;
  const { type: _type, format: _format, ...rest } = result.output;
  return { ok: true, notesExport: createNotesExport(rest) };
}
