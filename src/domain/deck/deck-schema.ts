import * as v from 'valibot';
import { AUDIENCES } from './audience.ts';
import { DECK_FORMAT, DECK_LIMITS, DECK_TYPE, ID_CHARS } from './deck-limits.ts';
import { encodeIssue } from './issue-message.ts';
import { isPlainRecord, strictRecord } from './strict-record.ts';

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

const yearRange = encodeIssue('integer-range', { min: 0, max: 9999 });

/** A year as a number (2019) or as a short text ("2013–2014"). */
const yearSchema = v.union(
  [
    v.pipe(v.number(), v.integer(yearRange), v.minValue(0, yearRange), v.maxValue(9999, yearRange)),
    textOf(DECK_LIMITS.yearText),
  ],
  typeIs('year'),
);

/** A described source document; its id is what cards name in source.doc. */
export const SourceDocSchema = strictRecord({
  id: idOf(DECK_LIMITS.id),
  title: LocalizedTextSchema,
  by: v.optional(textOf(DECK_LIMITS.source)),
  year: v.optional(yearSchema),
  where: v.optional(LocalizedTextSchema),
});

/**
 * Where a card came from: `doc` names a described source of the deck (checked in cross-field.ts).
 * Decks written before described sources carry `file` (a file name) instead; parse-deck lifts
 * those into described sources. Exactly one of the two.
 */
export const CardSourceSchema = v.pipe(
  strictRecord({
    doc: v.optional(idOf(DECK_LIMITS.id)),
    file: v.optional(textOf(DECK_LIMITS.source)),
    section: textOf(DECK_LIMITS.source),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    const value: unknown = dataset.value;
    if (!isPlainRecord(value)) return;
    const hasDoc = Object.hasOwn(value, 'doc');
    const hasFile = Object.hasOwn(value, 'file');
    if (!hasDoc && !hasFile)
      addIssue({
        message: encodeIssue('required'),
        path: [{ type: 'object', origin: 'value', input: value, key: 'doc', value: undefined }],
      });
    else if (hasDoc && hasFile)
      addIssue({
        message: encodeIssue('unknown-key', { key: 'file' }),
        path: [{ type: 'object', origin: 'value', input: value, key: 'file', value: value.file }],
      });
  }),
);

/** Who a card is for: known values only, at least one, none twice. */
export const AudienceSchema = v.pipe(
  v.array(v.picklist(AUDIENCES, encodeIssue('pattern', { allowed: AUDIENCES.join(', ') })), typeIs('array')),
  v.minLength(1, encodeIssue('empty')),
  v.rawCheck(({ dataset, addIssue }) => {
    const list: unknown = dataset.value;
    if (!Array.isArray(list)) return;
    const seen = new Set<unknown>();
    list.forEach((item: unknown, index) => {
      if (!seen.has(item)) {
        seen.add(item);
        return;
      }
      addIssue({
        message: encodeIssue('duplicate-value', { value: String(item) }),
        path: [{ type: 'array', origin: 'value', input: list, key: index, value: item }],
      });
    });
  }),
);

/** One card; cross-field rules (unique id, known category) are checked in cross-field.ts. */
export const CardSchema = strictRecord({
  id: idOf(DECK_LIMITS.cardId),
  category: idOf(DECK_LIMITS.id),
  text: LocalizedTextSchema,
  followUps: v.optional(listOf(LocalizedTextSchema, 0, DECK_LIMITS.followUps)),
  hint: v.optional(LocalizedTextSchema),
  flip: v.optional(v.boolean(typeIs('boolean'))),
  source: v.optional(CardSourceSchema),
  audience: v.optional(AudienceSchema),
});

const rangeIssue = encodeIssue('integer-range', { min: 1, max: Number.MAX_SAFE_INTEGER });

/** A whole deck file of format 1 (structure only; cross-field rules in cross-field.ts). */
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
  sources: v.optional(listOf(SourceDocSchema, 0, DECK_LIMITS.sources)),
  categories: listOf(CategorySchema, 1, DECK_LIMITS.categories),
  cards: listOf(CardSchema, 1, DECK_LIMITS.cards),
});

/** What DeckSchema outputs on success (before parse-deck copies it into a Deck). */
export type DeckSchemaOutput = v.InferOutput<typeof DeckSchema>;
