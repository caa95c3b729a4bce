import type { DeckRef, JoinSession } from '../join/join-session.ts';
import type { RotationMode } from '../pairing/rotation-types.ts';

/**
 * One run of a run-sheet with a group: what the facilitator set up in the room. The deal and
 * the speed-date rotation are pure functions of seed, seats, mode and decks, so phones that
 * join by link compute exactly the same hands and partners.
 */
export interface WorkshopSession {
  readonly id: string;
  readonly sheetId: string;
  /** Shown to participants (at most 80 characters). */
  readonly title: string;
  readonly seed: number;
  /** Participants (seats), 2..200. */
  readonly seats: number;
  /** Groups for group work, 1..50. */
  readonly groups: number;
  readonly mode: RotationMode;
  /** Cards dealt to each seat, 1..20. */
  readonly cardsPerSeat: number;
  /** The decks in use, with the content version the facilitator has. */
  readonly decks: readonly DeckRef[];
  readonly createdAt: number;
}

/** The part of a session a join link carries, opened at the given run-sheet step. */
export function joinSessionOf(session: WorkshopSession, step?: number): JoinSession {
  return {
    v: 1,
    seed: session.seed,
    decks: session.decks,
    seats: session.seats,
    mode: session.mode,
    cards: session.cardsPerSeat,
    ...(step === undefined ? {} : { step }),
    ...(session.title ? { title: session.title.slice(0, 80) } : {}),
  };
}
