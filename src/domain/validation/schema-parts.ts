import * as v from 'valibot';
import { ID_CHARS } from '../deck/deck-limits.ts';
import { trimmedLength } from '../deck/deck-schema.ts';
import { encodeIssue } from '../deck/issue-message.ts';
import { strictRecord } from '../deck/strict-record.ts';

// Small schema builders shared by the run-sheet and notes files. They speak the deck issue codes
// (see deck/issue-message.ts) so every import in the app reports problems the same way.

/** Message for a value of the wrong JSON type. */
export const typeIs = (expected: string): string => encodeIssue('type', { expected });

/** A string of 1..max characters after trimming; with allowEmpty, blank is fine too. */
export const textOf = (max: number, allowEmpty = false) =>
  v.pipe(
    v.string(typeIs('string')),
    v.check((s) => allowEmpty || s.trim() !== '', encodeIssue('empty')),
    v.check(
      (s) => s.length <= max || trimmedLength(s) <= max,
      (issue) => encodeIssue('too-long', { max, length: trimmedLength(issue.input) }),
    ),
  );

/** An identifier of 1..max characters drawn from `pattern` (deck ids by default: a-z 0-9 -). */
export const idOf = (max: number, pattern: RegExp = ID_CHARS, allowed = 'a-z 0-9 -') =>
  v.pipe(
    v.string(typeIs('string')),
    v.check((s) => s !== '', encodeIssue('empty')),
    v.maxLength(max, (issue) => encodeIssue('too-long', { max, length: issue.input.length })),
    v.regex(pattern, encodeIssue('pattern', { allowed })),
  );

/** A whole number in min..max (NaN and ±Infinity are refused too). */
export const intIn = (min: number, max: number) => {
  const range = encodeIssue('integer-range', { min, max });
  return v.pipe(v.number(typeIs('number')), v.integer(range), v.minValue(min, range), v.maxValue(max, range));
};

/** One of a fixed list of strings; reported as 'pattern' with the allowed values listed. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  v.picklist(values, encodeIssue('pattern', { allowed: values.join(', ') }));

/** An array of min..max items. */
export const listOf = <T extends v.GenericSchema>(item: T, min: number, max: number) =>
  v.pipe(
    v.array(item, typeIs('array')),
    v.minLength(min, encodeIssue('empty')),
    v.maxLength(max, (issue) => encodeIssue('too-many', { max, count: issue.input.length })),
  );

/** Localized text whose strings are 1..max characters: nb required, nn and en optional. */
export const localizedTextOf = (max: number) =>
  strictRecord({ nb: textOf(max), nn: v.optional(textOf(max)), en: v.optional(textOf(max)) });

/** Milliseconds since 1970 as an integer, within what a JS Date can hold. */
export const timestamp = () => intIn(0, 8_640_000_000_000_000);

/** A card reference `deck-id/card-id` (see deck/card-ref.ts). */
export const CARD_REF_PATTERN = /^[a-z0-9-]{1,40}\/[a-z0-9-]{1,64}$/;

/** Schema for a card reference. */
export const cardRefSchema = () => idOf(105, CARD_REF_PATTERN, 'deck-id/card-id');
