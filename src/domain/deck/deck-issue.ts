import type { InputErrorCode } from '../input/input-error.ts';

/**
 * What is wrong at one place in a deck. The domain gives codes, never sentences: the UI translates
 * them. The input codes (empty, too-large, utf16, not-utf8, too-deep, not-json) come from reading
 * the file and always sit at path ''.
 */
export type DeckIssueCode =
  | InputErrorCode
  | 'required'
  | 'type'
  | 'unknown-key'
  | 'too-long'
  | 'too-many'
  | 'pattern'
  | 'integer-range'
  | 'wrong-type-tag'
  | 'unknown-format'
  | 'duplicate-id'
  | 'unknown-category'
  | 'unknown-source'
  | 'duplicate-value'
  | 'too-many-issues';

/** Every deck issue code, for exhaustive translation tables and tests. */
export const DECK_ISSUE_CODES: readonly DeckIssueCode[] = [
  'empty',
  'too-large',
  'utf16',
  'not-utf8',
  'too-deep',
  'not-json',
  'required',
  'type',
  'unknown-key',
  'too-long',
  'too-many',
  'pattern',
  'integer-range',
  'wrong-type-tag',
  'unknown-format',
  'duplicate-id',
  'unknown-category',
  'unknown-source',
  'duplicate-value',
  'too-many-issues',
];

/** Codes that only a whole-deck check can find; a JSON Schema cannot express them. */
export const CROSS_FIELD_CODES: readonly DeckIssueCode[] = [
  'duplicate-id',
  'unknown-category',
  'unknown-source',
];

/** Values an issue message may show, e.g. { max: 600, length: 612 }. */
export type IssueParams = Readonly<Record<string, string | number>>;

/** One problem found in a deck; path looks like `cards[12].text.nn`, and '' is the whole file. */
export interface DeckIssue {
  readonly path: string;
  readonly code: DeckIssueCode;
  readonly params?: IssueParams;
}

/** Returns true when value is one of the known deck issue codes. */
export function isDeckIssueCode(value: string): value is DeckIssueCode {
  return (DECK_ISSUE_CODES as readonly string[]).includes(value);
}
