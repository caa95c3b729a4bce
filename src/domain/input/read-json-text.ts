import type { InputError } from './input-error.ts';
import { exceedsJsonDepth } from './json-depth.ts';
import { utf8Length } from './utf8-length.ts';
import { looksLikeUtf16 } from './utf16-sniff.ts';

/** Deepest array/object nesting any import may have; real files need fewer than ten levels. */
export const MAX_JSON_DEPTH = 64;

/** Options for readJsonText: the size cap in UTF-8 bytes (decks use 1_000_000). */
export interface ReadJsonOptions {
  readonly maxBytes: number;
}

/** The outcome of readJsonText: parsed JSON of unknown shape, or why the input was refused. */
export type ReadJsonResult = { ok: true; value: unknown } | { ok: false; error: InputError };

const fail = (code: InputError['code'], params?: InputError['params']): ReadJsonResult => ({
  ok: false,
  error: params ? { code, params } : { code },
});

/**
 * Reads file bytes or pasted text as JSON: the one safe door every import goes through.
 * Order matters: size before decoding, encoding before parsing, depth before JSON.parse. A UTF-8
 * BOM is accepted and stripped (Windows editors write one; refusing it would only confuse), so a
 * file holding nothing but a BOM is reported as 'empty'. Never throws.
 */
export function readJsonText(input: Uint8Array | string, options: ReadJsonOptions): ReadJsonResult {
  const { maxBytes } = options;
  let text: string;
  if (typeof input === 'string') {
    // A UTF-16 unit is at least one UTF-8 byte, so a long string is refused without measuring it.
    const bytes = input.length > maxBytes ? input.length : utf8Length(input);
    if (bytes > maxBytes) return fail('too-large', { maxBytes, bytes });
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else if (ArrayBuffer.isView(input)) {
    // isView rather than instanceof: bytes may come from another realm (iframe, worker, jsdom).
    if (input.byteLength > maxBytes) return fail('too-large', { maxBytes, bytes: input.byteLength });
    const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    if (looksLikeUtf16(bytes)) return fail('utf16');
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    try {
      // ignoreBOM: we strip exactly one BOM ourselves; a second one must stay and fail as not-json.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
        hasBom ? bytes.subarray(3) : bytes,
      );
    } catch {
      return fail('not-utf8');
    }
  } else {
    return fail('not-json');
  }
  if (text.trim() === '') return fail('empty');
  if (exceedsJsonDepth(text, MAX_JSON_DEPTH)) return fail('too-deep', { maxDepth: MAX_JSON_DEPTH });
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return fail('not-json', syntaxPosition(text, error));
  }
}

/** Best effort line/column of a JSON.parse error; engines word it differently, so it may be absent. */
function syntaxPosition(text: string, error: unknown): InputError['params'] {
  const message = error instanceof Error ? error.message : '';
  const match = /at position (\d+)/.exec(message);
  if (!match) return undefined;
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return { line, column };
}
