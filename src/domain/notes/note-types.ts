/**
 * A note as exported and handed in. In a workshop, sessionId is the session's short code (see
 * join/short-code.ts): the one id both the facilitator and every phone know offline.
 */
export interface Note {
  readonly id: string;
  readonly sessionId: string;
  /** The card the note is about (`deck/card`), or null for a free note. */
  readonly cardRef: string | null;
  /** Run-sheet step (0-based) the note was written in. */
  readonly stepIndex?: number;
  /** The writer's seat (1-based), when written on a participant's phone. */
  readonly seat?: number;
  /** The writer's name; absent means anonymous. */
  readonly author?: string;
  readonly text: string;
  /** Milliseconds since 1970. */
  readonly createdAt: number;
  /** Milliseconds since 1970; the newer version of a note wins a merge. */
  readonly updatedAt: number;
}

/** Limits of a note in every notes file. */
export const NOTE_LIMITS = {
  /** Ids and session ids: storage uses crypto.randomUUID(), the join short code is 6 letters. */
  id: 64,
  /** Characters of a note's text. */
  text: 20_000,
  /** Characters of an author or participant name. */
  author: 80,
  maxSeat: 200,
  maxStepIndex: 99,
} as const;

/** Note ids and session ids: letters, digits, '_' and '-'. */
export const NOTE_ID_PATTERN = /^[A-Za-z0-9_-]*$/;

/** Returns a fresh note holding only the known fields (nothing shared, no extras). */
export function copyNote(note: Note): Note {
  const out: { -readonly [K in keyof Note]: Note[K] } = {
    id: note.id,
    sessionId: note.sessionId,
    cardRef: note.cardRef,
    text: note.text,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
  };
  if (note.stepIndex !== undefined) out.stepIndex = note.stepIndex;
  if (note.seat !== undefined) out.seat = note.seat;
  if (note.author !== undefined) out.author = note.author;
  return out;
}

/** The note without its author. */
export function withoutAuthor(note: Note): Note {
  const { author: _dropped, ...rest } = copyNote(note);
  return rest;
}
