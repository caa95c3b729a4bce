import * as v from 'valibot';
import { strictRecord } from '../deck/strict-record.ts';
import { cardRefSchema, idOf, intIn, textOf, timestamp } from '../validation/schema-parts.ts';
import { NOTE_ID_PATTERN, NOTE_LIMITS as L } from './note-types.ts';

/** A note id or session id. */
export const noteIdSchema = () => idOf(L.id, NOTE_ID_PATTERN, 'A-Z a-z 0-9 _ -');

/** One note in a notes file (text may be empty: a cleared note is still a note). */
export const NoteSchema = strictRecord({
  id: noteIdSchema(),
  sessionId: noteIdSchema(),
  cardRef: v.nullable(cardRefSchema()),
  stepIndex: v.optional(intIn(0, L.maxStepIndex)),
  seat: v.optional(intIn(1, L.maxSeat)),
  author: v.optional(textOf(L.author)),
  text: textOf(L.text, true),
  createdAt: timestamp(),
  updatedAt: timestamp(),
});
