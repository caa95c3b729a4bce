import * as v from 'valibot';
import { DECK_FORMAT, DECK_LIMITS, DECK_TYPE, ID_CHARS } from './deck-limits.ts';
import { encodeIssue } from './issue-message.ts';
import { strictRecord } from './strict-record.ts';

// Every rule here has a twin in cards/deck.schema.json; tests/domain/deck/schema-agreement.test.ts
// keeps the two in step. Messages are issue codes (see issue-message.ts), not prose.

/** Code points of s after trimming; JSON Schema counts code points too, so both agree. */
export function trimmedLength(s: string): number {
  const t = s.trim();
  if (t.length <= 1) return t.length;
  let n = 0;
  for (const _ of t) n += 1;
  return n;
}

const typeIs = (expected: string) => encodeIssue('type', { expected });

const textOf = (max: number) =>
  v.pipe(
    v.string(typeIs('string')),
    v.check((s) => s.trim() !== '', encodeIssue('empty')),
    v.check(
      (s) => s.length <= max || trimmedLength(s) <= max,
      (issue) => encodeIssue('too-long', { max, length: trimmedLength(issue.input) }),
    ),
  );

const idOf = (max: number) =>
  v.pipe(
    v.string(typeIs('string')),
    v.check((s) => s !== '', encodeIssue('empty')),
    v.maxLength(max, (issue) => encodeIssue('too-long', { max, length: issue.input.length })),
    v.regex(ID_CHARS, encodeIssue('pattern', { allowed: 'a-z 0-9 -' })),
  );

const listOf = <T extends v.GenericSchema>(item: T, min: 0 | 1, max: number) =>
  v.pipe(
    v.array(item, typeIs('array')),
    v.minLength(min, encodeIssue('empty')),
    v.maxLength(max, (issue) => encodeIssue('too-many', { max, count: issue.input.length })),
  );

const text = textOf(DECK_LIMITS.text);

/** Localized text: nb required, nn and en optional, nothing else. */
export const LocalizedTextSchema = strictRecord({
  nb: text,
  nn: v.optional(text),
  en: v.optional(text),
});

/** A category: id and label. */
export const CategorySchema = strictRecord({
  id: idOf(DECK_LIMITS.id),
  label: LocalizedTextSchema,
});

/** Where a card came from. */
export const CardSourceSchema = strictRecord({
  file: textOf(DECK_LIMITS.source),
  section: textOf(DECK_LIMITS.source),
});

/** One card; cross-field rules (unique id, known category) are checked in cross-field.ts. */
export const CardSchema = strictRecord({
  id: idOf(DECK_LIMITS.cardId),
  category: idOf(DECK_LIMITS.id),
  text: LocalizedTextSchema,
  followUps: v.optional(listOf(LocalizedTextSchema, 0, DECK_LIMITS.followUps)),
  hint: v.optional(LocalizedTextSchema),
  flip: v.optional(v.boolean(typeIs('boolean'))),
  source: v.optional(CardSourceSchema),
});

const rangeIssue = encodeIssue('integer-range', { min: 1, max: Number.MAX_SAFE_INTEGER });

/** A whole deck file of format 1 (structure only). */
export const DeckSchema = strictRecord({
  $schema: v.optional(v.string(typeIs('string'))),
  type: v.literal(DECK_TYPE, encodeIssue('wrong-type-tag', { expected: DECK_TYPE })),
  format: v.literal(DECK_FORMAT, encodeIssue('unknown-format', { supported: DECK_FORMAT })),
  id: idOf(DECK_LIMITS.id),
  version: v.pipe(
    v.number(typeIs('number')),
    v.integer(rangeIssue),
    v.minValue(1, rangeIssue),
    v.maxValue(Number.MAX_SAFE_INTEGER, rangeIssue),
  ),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  categories: listOf(CategorySchema, 1, DECK_LIMITS.categories),
  cards: listOf(CardSchema, 1, DECK_LIMITS.cards),
});

/** What DeckSchema outputs on success (before parse-deck copies it into a Deck). */
export type DeckSchemaOutput = v.InferOutput<typeof DeckSchema>;
