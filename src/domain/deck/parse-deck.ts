import * as v from 'valibot';
import { readJsonText } from '../input/read-json-text.ts';
import { crossFieldIssues } from './cross-field.ts';
import type { DeckIssue } from './deck-issue.ts';
import { DECK_LIMITS } from './deck-limits.ts';
import { DeckSchema } from './deck-schema.ts';
import { capIssues, dedupeIssues, toDeckIssues } from './map-issues.ts';
import { copyDeck } from './copy-deck.ts';
import { liftLegacySources } from './legacy-sources.ts';
import type { Deck } from './types.ts';

/** A valid deck, or every issue found (at most MAX_ISSUES plus a final 'too-many-issues'). */
export type ParseDeckResult = { ok: true; deck: Deck } | { ok: false; issues: DeckIssue[] };

/**
 * Validates an already-parsed JSON value as a deck: structure first (DeckSchema), then the
 * cross-field rules, all issues together. The deck returned is a fresh copy built from validated
 * fields only, never the input object. Never throws on JSON-like input.
 */
export function parseDeck(value: unknown): ParseDeckResult {
  // Explicit config: a global valibot config elsewhere in the app must not cut the issue list short.
  const result = v.safeParse(DeckSchema, value, { abortEarly: false, abortPipeEarly: false });
  const found = dedupeIssues([...toDeckIssues(result.issues ?? []), ...crossFieldIssues(value)]);
  if (!result.success && found.length === 0)
    found.push({ path: '', code: 'type', params: { expected: 'object' } });
  if (found.length > 0 || !result.success) return { ok: false, issues: capIssues(found) };
  return { ok: true, deck: copyDeck(liftLegacySources(result.output)) };
}

/** Reads deck file bytes or pasted text (capped at 1 MB) and validates it; input errors sit at path ''. */
export function parseDeckText(input: Uint8Array | string): ParseDeckResult {
  const read = readJsonText(input, { maxBytes: DECK_LIMITS.fileBytes });
  if (!read.ok) {
    const { code, params } = read.error;
    return { ok: false, issues: [params ? { path: '', code, params } : { path: '', code }] };
  }
  return parseDeck(read.value);
}
