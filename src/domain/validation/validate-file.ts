import * as v from 'valibot';
import type { DeckIssue } from '../deck/deck-issue.ts';
import { capIssues, dedupeIssues, toDeckIssues } from '../deck/map-issues.ts';
import { readJsonText } from '../input/read-json-text.ts';

/** A validated schema output, or every issue found (same style and cap as deck imports). */
export type Validated<T> = { ok: true; output: T } | { ok: false; issues: DeckIssue[] };

/**
 * Runs a schema and the file's cross-field rules over an already-parsed JSON value, reporting all
 * issues together the way parseDeck does. Never throws on JSON-like input.
 */
export function validateValue<const S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  crossField: (value: unknown) => DeckIssue[] = () => [],
): Validated<v.InferOutput<S>> {
  // Explicit config: a global valibot config elsewhere must not cut the issue list short.
  const result = v.safeParse(schema, value, { abortEarly: false, abortPipeEarly: false });
  const found = dedupeIssues([...toDeckIssues(result.issues ?? []), ...crossField(value)]);
  if (!result.success && found.length === 0)
    found.push({ path: '', code: 'type', params: { expected: 'object' } });
  if (found.length > 0 || !result.success) return { ok: false, issues: capIssues(found) };
  return { ok: true, output: result.output };
}

/** Reads file bytes or pasted text through the one safe door; a refusal is one issue at path ''. */
export function readFileJson(
  input: Uint8Array | string,
  maxBytes: number,
): { ok: true; value: unknown } | { ok: false; issues: DeckIssue[] } {
  const read = readJsonText(input, { maxBytes });
  if (read.ok) return read;
  const { code, params } = read.error;
  return { ok: false, issues: [params ? { path: '', code, params } : { path: '', code }] };
}
