import { MAX_SEED } from '../random/rng.ts';
import { joinError, type JoinError } from './join-errors.ts';
import { isExerciseFormat } from '../workshop/exercise-formats.ts';
import { joinQuery } from './join-query.ts';
import { JOIN_LIMITS as L, type JoinSession } from './join-session.ts';
import { roundCardsError } from './round-card-choice.ts';
import { roomLinkError } from '../room/room-link.ts';

/**
 * Titles are rendered as text, but control characters, line separators and bidirectional
 * overrides could still garble or disguise what is shown, and a lone surrogate cannot be put in a
 * URL at all: such titles are refused.
 */
const UNSAFE_TITLE = /[\p{Cc}\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const isInt = (x: unknown, min: number, max: number): boolean =>
  typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

function intError(key: string, x: unknown, min: number, max: number): JoinError | null {
  if (typeof x !== 'number' || !Number.isInteger(x)) return joinError('invalid-value', { key });
  return isInt(x, min, max) ? null : joinError('out-of-range', { key, min, max });
}

/** Whether a title may be carried in a link and shown to participants. */
export function isValidTitle(title: unknown): title is string {
  if (typeof title !== 'string' || title.trim() === '') return false;
  if (LONE_SURROGATE.test(title) || UNSAFE_TITLE.test(title)) return false;
  return [...title].length <= L.maxTitleChars;
}

function decksError(decks: unknown): JoinError | null {
  if (!Array.isArray(decks)) return joinError('invalid-value', { key: 'd' });
  if (decks.length < L.minDecks || decks.length > L.maxDecks) {
    return joinError('out-of-range', { key: 'd', min: L.minDecks, max: L.maxDecks });
  }
  const seen = new Set<string>();
  for (const deck of decks as unknown[]) {
    if (typeof deck !== 'object' || deck === null) return joinError('invalid-value', { key: 'd' });
    const { id, version } = deck as { id?: unknown; version?: unknown };
    if (typeof id !== 'string' || !L.deckIdPattern.test(id)) return joinError('invalid-value', { key: 'd' });
    const versionError = intError('d', version, L.minDeckVersion, L.maxDeckVersion);
    if (versionError !== null) return versionError;
    if (seen.has(id)) return joinError('duplicate-deck', { deck: id });
    seen.add(id);
  }
  return null;
}

function roomError(room: unknown): JoinError | null {
  const key = roomLinkError(room);
  return key === null ? null : joinError('invalid-value', { key });
}

/** Checks a session against every rule of the link format; null when it is valid. */
export function validateSession(session: JoinSession): JoinError | null {
  if (typeof session !== 'object' || session === null) return joinError('malformed');
  if (session.v !== L.linkVersion) return joinError('unsupported-version');
  return (
    intError('s', session.seed, 0, MAX_SEED) ??
    decksError(session.decks) ??
    intError('n', session.seats, L.minSeats, L.maxSeats) ??
    (session.seat === undefined ? null : intError('h', session.seat, 1, session.seats)) ??
    (session.mode === undefined || session.mode === 'sit-out' || session.mode === 'trio'
      ? null
      : joinError('invalid-value', { key: 'm' })) ??
    (session.step === undefined ? null : intError('p', session.step, 0, L.maxStep)) ??
    (session.cards === undefined ? null : intError('k', session.cards, L.minCards, L.maxCards)) ??
    (session.title === undefined || isValidTitle(session.title)
      ? null
      : joinError('invalid-value', { key: 't' })) ??
    (session.format === undefined || (typeof session.format === 'string' && isExerciseFormat(session.format))
      ? null
      : joinError('invalid-value', { key: 'f' })) ??
    (session.roundCards === undefined ? null : roundCardsError(session.roundCards)) ??
    (session.room === undefined ? null : roomError(session.room)) ??
    // Checked last, on an otherwise valid session: long titles and card choices must still fit.
    (joinQuery(session).length > L.maxLinkChars ? joinError('too-long') : null)
  );
}
