import * as v from 'valibot';
import { encodeIssue } from '../deck/issue-message.ts';
import { strictRecord } from '../deck/strict-record.ts';
import { intIn, listOf, textOf, timestamp } from '../validation/schema-parts.ts';
import { HAND_IN_FORMAT, HAND_IN_MAX_NOTES, HAND_IN_TYPE } from './handin.ts';
import { NoteSchema } from './note-schema.ts';
import { NOTE_LIMITS } from './note-types.ts';
import { SessionRefSchema } from './session-ref.ts';

/** A hand-in file of format 1 (structure only). */
export const HandInSchema = strictRecord({
  type: v.literal(HAND_IN_TYPE, encodeIssue('wrong-type-tag', { expected: HAND_IN_TYPE })),
  format: v.literal(HAND_IN_FORMAT, encodeIssue('unknown-format', { supported: HAND_IN_FORMAT })),
  session: SessionRefSchema,
  participant: strictRecord({
    seat: intIn(1, NOTE_LIMITS.maxSeat),
    name: v.optional(textOf(NOTE_LIMITS.author)),
  }),
  createdAt: timestamp(),
  notes: listOf(NoteSchema, 0, HAND_IN_MAX_NOTES),
});

/** What HandInSchema outputs. */
export type HandInSchemaOutput = v.InferOutput<typeof HandInSchema>;
