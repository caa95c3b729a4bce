import { copyNote, withoutAuthor, type Note } from './note-types.ts';
import { copySessionRef, type SessionRef } from './session-ref.ts';

/** The `type` tag of a hand-in file. */
export const HAND_IN_TYPE = 'kortstokk/hand-in';

/** The only hand-in file format this code reads. */
export const HAND_IN_FORMAT = 1;

/** Largest hand-in file, in UTF-8 bytes. */
export const HAND_IN_MAX_BYTES = 1_000_000;

/** Most notes one hand-in may carry. */
export const HAND_IN_MAX_NOTES = 2000;

/** Who hands in: their seat in the session and, unless anonymous, a name. */
export interface Participant {
  readonly seat: number;
  readonly name?: string;
}

/** A participant's notes for one session, as the file a facilitator imports (plus type and format). */
export interface HandIn {
  readonly session: SessionRef;
  readonly participant: Participant;
  readonly createdAt: number;
  readonly notes: readonly Note[];
}

/** What createHandIn needs; createdAt is the caller's clock reading (ms). */
export interface NewHandIn {
  readonly session: SessionRef;
  readonly participant: Participant;
  readonly notes: readonly Note[];
  readonly createdAt: number;
  /** Hand in without names (see anonymiseHandIn). */
  readonly anonymous?: boolean;
}

/**
 * Packs a participant's notes for the facilitator. Every note is stamped with the session's code
 * (a hand-in is "my notes for this session"), notes without a seat get the participant's seat, and
 * notes without an author get the participant's name.
 */
export function createHandIn(options: NewHandIn): HandIn {
  const { session, participant, createdAt } = options;
  const notes = options.notes.map((note) => {
    const copy: Note = { ...copyNote(note), sessionId: session.code, seat: note.seat ?? participant.seat };
    const author = note.author ?? participant.name;
    return author === undefined ? copy : { ...copy, author };
  });
  const handIn: HandIn = {
    session: copySessionRef(session),
    participant: copyParticipant(participant),
    createdAt,
    notes,
  };
  return options.anonymous ? anonymiseHandIn(handIn) : handIn;
}

/** Returns a fresh copy of a participant. */
export function copyParticipant(participant: Participant): Participant {
  return participant.name === undefined
    ? { seat: participant.seat }
    : { seat: participant.seat, name: participant.name };
}

/**
 * Drops every name: the participant's and each note's author. The seat stays: it is a position in
 * the deal, and the facilitator needs it to tell hand-ins apart.
 */
export function anonymiseHandIn(handIn: HandIn): HandIn {
  return {
    session: copySessionRef(handIn.session),
    participant: { seat: handIn.participant.seat },
    createdAt: handIn.createdAt,
    notes: handIn.notes.map(withoutAuthor),
  };
}

/** Writes a hand-in as pretty JSON that parseHandInText reads back equal. */
export function handInToJson(handIn: HandIn): string {
  const file = {
    type: HAND_IN_TYPE,
    format: HAND_IN_FORMAT,
    session: copySessionRef(handIn.session),
    participant: copyParticipant(handIn.participant),
    createdAt: handIn.createdAt,
    notes: handIn.notes.map(copyNote),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
