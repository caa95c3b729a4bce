import type { JoinKey } from './join-session.ts';

/**
 * Why a join link was refused: a closed set, so the UI can translate every case.
 *   too-long            the link is longer than JOIN_LIMITS.maxLinkChars (also: a session whose
 *                       canonical link would be, e.g. a card choice too long to carry)
 *   malformed           not a `key=value&…` query (empty part, part without `=`, not a string)
 *   bad-encoding        a value's percent-encoding is broken                      { key }
 *   unknown-key         a key the app does not know (first 20 characters)         { key }
 *   duplicate-key       a key given twice                                          { key }
 *   missing-key         a required key (s, d, n) is absent                         { key }
 *   unsupported-version the link was made for a link format this app does not know
 *   invalid-value       a value of the wrong form (e.g. `+5`, `1e3`, `07`, bad deck, unknown
 *                       format, bad or repeated card-choice item, a seat `h` not a number) { key }
 *   out-of-range        a well-formed number outside its limits (a seat `h` outside 1..n), or
 *                       a card-choice list with too many items                 { key, min, max }
 *   duplicate-deck      the same deck listed twice                                 { deck }
 */
export const JOIN_ERROR_CODES = [
  'too-long',
  'malformed',
  'bad-encoding',
  'unknown-key',
  'duplicate-key',
  'missing-key',
  'unsupported-version',
  'invalid-value',
  'out-of-range',
  'duplicate-deck',
] as const;

export type JoinErrorCode = (typeof JOIN_ERROR_CODES)[number];

/** Values the UI may interpolate into the translated message. */
export type JoinErrorParams = {
  readonly key?: JoinKey | string;
  readonly min?: number;
  readonly max?: number;
  readonly deck?: string;
};

export type JoinError = { readonly code: JoinErrorCode; readonly params?: JoinErrorParams };

/** Builds a JoinError, leaving params out when there are none. */
export function joinError(code: JoinErrorCode, params?: JoinErrorParams): JoinError {
  return params === undefined ? { code } : { code, params };
}
