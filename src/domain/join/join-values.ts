import { joinError, type JoinError } from './join-errors.ts';
import { JOIN_LIMITS as L, type DeckRef } from './join-session.ts';

/** A parsed value or the reason it was refused. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: JoinError };

const DIGITS = /^(?:0|[1-9]\d*)$/;

/**
 * Parses a decimal integer strictly: digits only (no sign, exponent, spaces or leading zeros), so
 * one number has one spelling. Longer than 10 digits is out of range before Number() can round it.
 */
export function parseUint(raw: string, key: string, min: number, max: number): Parsed<number> {
  if (!DIGITS.test(raw)) return { ok: false, error: joinError('invalid-value', { key }) };
  const value = raw.length > 10 ? Number.POSITIVE_INFINITY : Number(raw);
  if (value < min || value > max) return { ok: false, error: joinError('out-of-range', { key, min, max }) };
  return { ok: true, value };
}

/** Parses `id.version,id.version,…`. */
export function parseDecks(raw: string): Parsed<DeckRef[]> {
  const items = raw.split(',');
  if (items.length > L.maxDecks) {
    return { ok: false, error: joinError('out-of-range', { key: 'd', min: L.minDecks, max: L.maxDecks }) };
  }
  const decks: DeckRef[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const dot = item.indexOf('.');
    const id = dot < 0 ? item : item.slice(0, dot);
    if (dot < 0 || !L.deckIdPattern.test(id))
      return { ok: false, error: joinError('invalid-value', { key: 'd' }) };
    const version = parseUint(item.slice(dot + 1), 'd', L.minDeckVersion, L.maxDeckVersion);
    if (!version.ok) return version;
    if (seen.has(id)) return { ok: false, error: joinError('duplicate-deck', { deck: id }) };
    seen.add(id);
    decks.push({ id, version: version.value });
  }
  return { ok: true, value: decks };
}
