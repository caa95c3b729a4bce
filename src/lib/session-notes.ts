// Workshop notes live in the notes repository as kind 'note' with sessionId = the join short code
// and the hand-in fields in meta. These helpers convert between that record and the domain's
// Note (the shape of hand-in and export files), for the participant's phone and the notes wall.
import type { DeckRef, JoinSession } from '../domain/join/join-session.ts';
import { NOTE_ID_PATTERN, NOTE_LIMITS, type Note } from '../domain/notes/note-types.ts';
import { sessionRefOf, type SessionRef } from '../domain/notes/session-ref.ts';
import type { Note as StoredNote } from '../storage/note.ts';

/** What a workshop note keeps in meta. */
export type SessionNoteMeta = {
  seat?: number;
  author?: string;
  stepIndex?: number;
  /** Seed and decks of the session, so a wall opened by code alone can check and export. */
  session?: { seed: number; decks: DeckRef[] };
  /** Written on this device by its participant (the phone hands in only these). */
  mine?: boolean;
};

const CARD_REF = /^[a-z0-9-]{1,40}\/[a-z0-9-]{1,64}$/;

const intIn = (x: unknown, min: number, max: number): number | undefined =>
  typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max ? x : undefined;

const isDeckRef = (x: unknown): x is DeckRef =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as DeckRef).id === 'string' &&
  intIn((x as DeckRef).version, 1, Number.MAX_SAFE_INTEGER) !== undefined;

const time = (x: number): number => (Number.isFinite(x) && x >= 0 ? Math.floor(x) : 0);

/**
 * The session a join link names, for notes files. The run-sheet step is left out: one session has
 * links for several steps, and every one of them must hand in to the same session code.
 */
export function sessionRefForJoin(session: JoinSession): SessionRef {
  const { step: _step, ...rest } = session;
  return sessionRefOf(rest);
}

/** True for a workshop note of this session that is not deleted. */
export function isSessionNote(note: StoredNote, code: string): boolean {
  return note.kind === 'note' && note.sessionId === code && !note.deleted;
}

/** The meta of a stored note, with only well-formed fields kept. */
export function readMeta(note: StoredNote): SessionNoteMeta {
  const meta = note.meta ?? {};
  const out: SessionNoteMeta = {};
  const seat = intIn(meta.seat, 1, NOTE_LIMITS.maxSeat);
  if (seat !== undefined) out.seat = seat;
  const step = intIn(meta.stepIndex, 0, NOTE_LIMITS.maxStepIndex);
  if (step !== undefined) out.stepIndex = step;
  if (typeof meta.author === 'string' && meta.author.trim() !== '')
    out.author = meta.author.trim().slice(0, NOTE_LIMITS.author);
  if (meta.mine === true) out.mine = true;
  const session = meta.session as { seed?: unknown; decks?: unknown } | undefined;
  const decks = Array.isArray(session?.decks) ? (session.decks as unknown[]).filter(isDeckRef) : [];
  if (typeof session?.seed === 'number' && decks.length > 0)
    out.session = { seed: session.seed, decks: decks.map(({ id, version }) => ({ id, version })) };
  return out;
}

/** A stored workshop note as a domain Note (valid for a hand-in or export), or null when it cannot be one. */
export function toDomainNote(note: StoredNote): Note | null {
  if (note.sessionId === null || note.id.length > NOTE_LIMITS.id || !NOTE_ID_PATTERN.test(note.id))
    return null;
  const meta = readMeta(note);
  const cardRef = note.cardRef !== null && CARD_REF.test(note.cardRef) ? note.cardRef : null;
  const out: { -readonly [K in keyof Note]: Note[K] } = {
    id: note.id,
    sessionId: note.sessionId,
    cardRef,
    text: note.text.slice(0, NOTE_LIMITS.text),
    createdAt: time(note.createdAt),
    updatedAt: time(note.updatedAt),
  };
  if (meta.stepIndex !== undefined) out.stepIndex = meta.stepIndex;
  if (meta.seat !== undefined) out.seat = meta.seat;
  if (meta.author !== undefined) out.author = meta.author;
  return out;
}

/** A domain Note (from a hand-in or export) as a record for `repo.importNotes`. */
export function toStoredNote(note: Note, session: SessionRef): StoredNote {
  const meta: SessionNoteMeta = {
    session: { seed: session.seed, decks: session.decks.map(({ id, version }) => ({ id, version })) },
  };
  if (note.seat !== undefined) meta.seat = note.seat;
  if (note.author !== undefined) meta.author = note.author;
  if (note.stepIndex !== undefined) meta.stepIndex = note.stepIndex;
  return {
    id: note.id,
    kind: 'note',
    sessionId: note.sessionId,
    cardRef: note.cardRef,
    text: note.text,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
    rev: 0,
    meta,
  };
}

/** The session reference a stored note remembers, when it has one. */
export function sessionRefFromNote(note: StoredNote): SessionRef | null {
  const session = readMeta(note).session;
  return session && note.sessionId !== null
    ? { code: note.sessionId, seed: session.seed, decks: session.decks }
    : null;
}
