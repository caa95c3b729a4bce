import * as v from 'valibot';
import { encodeIssue } from '../deck/issue-message.ts';
import { strictRecord } from '../deck/strict-record.ts';
import { cardRefSchema, intIn, listOf, textOf, timestamp } from '../validation/schema-parts.ts';
import { JOURNAL_FORMAT, JOURNAL_LIMITS as L, JOURNAL_TYPE, LEADERSHIP_FUNCTIONS } from './journal-backup.ts';
import { noteIdSchema } from './note-schema.ts';
import { NOTE_LIMITS } from './note-types.ts';

const JournalEntrySchema = strictRecord({
  id: noteIdSchema(),
  cardRef: v.nullable(cardRefSchema()),
  text: textOf(NOTE_LIMITS.text, true),
  createdAt: timestamp(),
  updatedAt: timestamp(),
  round: v.optional(textOf(L.round)),
});

const RatingSchema = strictRecord({
  score: v.pipe(
    intIn(1, 5),
    v.transform((n) => n as 1 | 2 | 3 | 4 | 5),
  ),
  note: textOf(L.ratingNote, true),
});

// Every one of the six functions must be rated: a partial assessment could not be compared over time.
const RatingsSchema = strictRecord(
  Object.fromEntries(LEADERSHIP_FUNCTIONS.map((key) => [key, RatingSchema])) as Record<
    (typeof LEADERSHIP_FUNCTIONS)[number],
    typeof RatingSchema
  >,
);

const AssessmentSchema = strictRecord({
  id: noteIdSchema(),
  createdAt: timestamp(),
  ratings: RatingsSchema,
});

/** A journal backup file of format 1 (structure only). */
export const JournalBackupSchema = strictRecord({
  type: v.literal(JOURNAL_TYPE, encodeIssue('wrong-type-tag', { expected: JOURNAL_TYPE })),
  format: v.literal(JOURNAL_FORMAT, encodeIssue('unknown-format', { supported: JOURNAL_FORMAT })),
  exportedAt: timestamp(),
  entries: listOf(JournalEntrySchema, 0, L.entries),
  assessments: listOf(AssessmentSchema, 0, L.assessments),
});
