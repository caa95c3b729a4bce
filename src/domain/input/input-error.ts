/** Why a piece of imported text was refused before it could be read as JSON. */
export type InputErrorCode = 'empty' | 'too-large' | 'utf16' | 'not-utf8' | 'too-deep' | 'not-json';

/** A refused input: a code for the UI to translate plus numbers or names it may show. */
export interface InputError {
  readonly code: InputErrorCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Every input error code, for exhaustive UI translation tables and tests. */
export const INPUT_ERROR_CODES: readonly InputErrorCode[] = [
  'empty',
  'too-large',
  'utf16',
  'not-utf8',
  'too-deep',
  'not-json',
];
