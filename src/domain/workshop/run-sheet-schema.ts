import * as v from 'valibot';
import { AUDIENCES } from '../deck/audience.ts';
import { encodeIssue } from '../deck/issue-message.ts';
import { strictRecord } from '../deck/strict-record.ts';
import { EXERCISE_FORMATS, ODD_MODES } from './exercise-formats.ts';
import { RUN_SHEET_FORMAT, RUN_SHEET_LIMITS as L, RUN_SHEET_TYPE } from './run-sheet-types.ts';
import { cardRefSchema, idOf, intIn, listOf, localizedTextOf, oneOf } from '../validation/schema-parts.ts';

/** `cat` or `deck/cat`, as deck/filter-cards.ts reads category filters. */
const CATEGORY_FILTER = /^([a-z0-9-]{1,40}\/)?[a-z0-9-]{1,40}$/;

/** Which cards a step uses. */
export const StepCardsSchema = strictRecord({
  deckIds: listOf(idOf(L.id), 0, L.deckIds),
  categoryIds: listOf(idOf(81, CATEGORY_FILTER, 'category-id or deck-id/category-id'), 0, L.categoryIds),
  cardRefs: listOf(cardRefSchema(), 0, L.cardRefs),
  audience: v.optional(oneOf(AUDIENCES)),
});

/**
 * One step (structure only). rounds and oddMode are optional here because they belong to
 * speed-date steps alone; run-sheet-cross-field.ts requires them there and refuses them elsewhere.
 */
export const StepSchema = strictRecord({
  id: idOf(L.id),
  format: oneOf(EXERCISE_FORMATS),
  durationMs: intIn(L.minDurationMs, L.maxDurationMs),
  rounds: v.optional(v.nullable(intIn(1, L.maxRounds))),
  oddMode: v.optional(oneOf(ODD_MODES)),
  cards: StepCardsSchema,
  instructions: localizedTextOf(L.instructions),
});

/** A whole run-sheet file of format 1 (structure only). */
export const RunSheetSchema = strictRecord({
  type: v.literal(RUN_SHEET_TYPE, encodeIssue('wrong-type-tag', { expected: RUN_SHEET_TYPE })),
  format: v.literal(RUN_SHEET_FORMAT, encodeIssue('unknown-format', { supported: RUN_SHEET_FORMAT })),
  id: idOf(L.id),
  title: localizedTextOf(L.title),
  description: v.optional(localizedTextOf(L.description)),
  steps: listOf(StepSchema, 0, L.steps),
});

/** What RunSheetSchema outputs on success. */
export type RunSheetSchemaOutput = v.InferOutput<typeof RunSheetSchema>;
