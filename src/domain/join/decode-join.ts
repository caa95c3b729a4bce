import { MAX_SEED } from '../random/rng.ts';
import { isExerciseFormat } from '../workshop/exercise-formats.ts';
import { joinError, type JoinError } from './join-errors.ts';
import { JOIN_KEYS, JOIN_LIMITS as L, type JoinKey, type JoinSession } from './join-session.ts';
import { parseDecks, parseUint, type Parsed } from './join-values.ts';
import { parseRoundCards } from './round-card-choice.ts';
import { parseRoom } from './room-params.ts';
import { isValidTitle, validateSession } from './validate-session.ts';

/** The outcome of reading a join link: never an exception. */
export type DecodeResult = { ok: true; session: JoinSession } | { ok: false; error: JoinError };

const ALLOWED: ReadonlySet<string> = new Set(JOIN_KEYS);
const REQUIRED: readonly JoinKey[] = ['s', 'd', 'n'];

const fail = (error: JoinError): DecodeResult => ({ ok: false, error });

/** Splits the query into an allow-listed Map of decoded values (a Map, so `__proto__` is just a key). */
function readPairs(query: string): Map<JoinKey, string> | JoinError {
  const values = new Map<JoinKey, string>();
  for (const part of query.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 1) return joinError('malformed');
    const key = part.slice(0, eq);
    if (!ALLOWED.has(key)) return joinError('unknown-key', { key: [...key].slice(0, 20).join('') });
    const known = key as JoinKey;
    if (values.has(known)) return joinError('duplicate-key', { key: known });
    try {
      values.set(known, decodeURIComponent(part.slice(eq + 1)));
    } catch {
      return joinError('bad-encoding', { key: known });
    }
  }
  return values;
}

function optionalUint(
  values: Map<JoinKey, string>,
  key: JoinKey,
  min: number,
  max: number,
): Parsed<number | undefined> {
  const raw = values.get(key);
  return raw === undefined ? { ok: true, value: undefined } : parseUint(raw, key, min, max);
}

/** Reads the query part of a join link (a leading `?` is allowed); every value is checked. */
export function decodeJoin(query: string): DecodeResult {
  if (typeof query !== 'string') return fail(joinError('malformed'));
  if (query.length > L.maxLinkChars) return fail(joinError('too-long'));
  const values = readPairs(query.startsWith('?') ? query.slice(1) : query);
  if (!(values instanceof Map)) return fail(values);
  const missing = REQUIRED.find((key) => !values.has(key));
  if (missing !== undefined) return fail(joinError('missing-key', { key: missing }));

  const version = optionalUint(values, 'v', 0, Number.MAX_SAFE_INTEGER);
  if (!version.ok)
    return fail(version.error.code === 'out-of-range' ? joinError('unsupported-version') : version.error);
  if (version.value !== undefined && version.value !== L.linkVersion)
    return fail(joinError('unsupported-version'));
  const seed = parseUint(values.get('s') ?? '', 's', 0, MAX_SEED);
  if (!seed.ok) return fail(seed.error);
  const decks = parseDecks(values.get('d') ?? '');
  if (!decks.ok) return fail(decks.error);
  const seats = parseUint(values.get('n') ?? '', 'n', L.minSeats, L.maxSeats);
  if (!seats.ok) return fail(seats.error);
  // A seat card's seat: one of this group's seats, so a card edited to seat 0 or n+1 is refused.
  const seat = optionalUint(values, 'h', 1, seats.value);
  if (!seat.ok) return fail(seat.error);
  const mode = values.get('m');
  if (mode !== undefined && mode !== 's' && mode !== 't')
    return fail(joinError('invalid-value', { key: 'm' }));
  const step = optionalUint(values, 'p', 0, L.maxStep);
  if (!step.ok) return fail(step.error);
  const cards = optionalUint(values, 'k', L.minCards, L.maxCards);
  if (!cards.ok) return fail(cards.error);
  const title = values.get('t');
  if (title !== undefined && !isValidTitle(title)) return fail(joinError('invalid-value', { key: 't' }));
  const format = values.get('f');
  if (format !== undefined && !isExerciseFormat(format))
    return fail(joinError('invalid-value', { key: 'f' }));
  const roundCards = parseRoundCards(values);
  if (!roundCards.ok) return fail(roundCards.error);
  const room = parseRoom(values);
  if (!room.ok) return fail(room.error);

  const session: JoinSession = {
    v: 1,
    seed: seed.value,
    decks: decks.value,
    seats: seats.value,
    ...(mode === undefined ? {} : { mode: mode === 't' ? 'trio' : 'sit-out' }),
    ...(step.value === undefined ? {} : { step: step.value }),
    ...(cards.value === undefined ? {} : { cards: cards.value }),
    ...(title === undefined ? {} : { title }),
    ...(format === undefined ? {} : { format }),
    ...(roundCards.value === undefined ? {} : { roundCards: roundCards.value }),
    ...(seat.value === undefined ? {} : { seat: seat.value }),
    ...(room.value === undefined ? {} : { room: room.value }),
  };
  // The same rules the encoder enforces: a link that decodes is a link that could have been made.
  const error = validateSession(session);
  return error === null ? { ok: true, session } : fail(error);
}
