import type { DeckIssue } from '../deck/deck-issue.ts';
import { duplicateIdIssues, ownArray } from '../validation/cross-field-helpers.ts';
import { readFileJson, validateValue } from '../validation/validate-file.ts';
import { copyParticipant, HAND_IN_MAX_BYTES, type HandIn } from './handin.ts';
import { HandInSchema } from './notes-file-schema.ts';
import { copyNote } from './note-types.ts';
import { copySessionRef } from './session-ref.ts';

/** A valid hand-in, or every issue found (deck issue codes; paths like `notes[3].updatedAt`). */
export type ParseHandInResult = { ok: true; handIn: HandIn } | { ok: false; issues: DeckIssue[] };

/** Notes in one file must have distinct ids, or a merge could not tell them apart. */
export function noteIdIssues(value: unknown): DeckIssue[] {
  const notes = ownArray(value, 'notes');
  return notes ? duplicateIdIssues(notes, ['notes']) : [];
}

/**
 * Validates an already-parsed JSON value as a hand-in. Whether it belongs to the facilitator's
 * session is mergeHandIns' question, not this one's. Never throws.
 */
export function parseHandIn(value: unknown): ParseHandInResult {
  const result = validateValue(HandInSchema, value, noteIdIssues);
  if (!result.ok) return result;
  const { session, participant, createdAt, notes } = result.output;
  return {
    ok: true,
    handIn: {
      session: copySessionRef(session),
      participant: copyParticipant(participant),
      createdAt,
      notes: notes.map(copyNote),
    },
  };
}

/** Reads hand-in file bytes or pasted text (capped at 1 MB) and validates it. Never throws. */
export function parseHandInText(input: Uint8Array | string): ParseHandInResult {
  const read = readFileJson(input, HAND_IN_MAX_BYTES);
  return read.ok ? parseHandIn(read.value) : read;
}
