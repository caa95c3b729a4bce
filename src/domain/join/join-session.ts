import type { RotationMode } from '../pairing/rotation-types.ts';

/** A deck as a session names it: its id and the content version the facilitator used. */
export type DeckRef = { readonly id: string; readonly version: number };

/**
 * Everything a participant's phone needs to compute its own part of a session offline: the deal
 * and the rotation are pure functions of these values. Carried in the join link's URL fragment.
 */
export type JoinSession = {
  /** Link format version. */
  readonly v: 1;
  /** Session seed, 0..MAX_SEED. */
  readonly seed: number;
  /** 1..8 distinct decks, in the facilitator's order. */
  readonly decks: readonly DeckRef[];
  /** Group size, 2..200. */
  readonly seats: number;
  /** How an odd group is rotated (absent: the app's default). */
  readonly mode?: RotationMode;
  /** Run-sheet step to open, 0..99. */
  readonly step?: number;
  /** Cards per seat, 1..20. */
  readonly cards?: number;
  /** Workshop title shown to participants, 1..80 characters. */
  readonly title?: string;
};

/** The limits of a join link; the UI may show them in forms. */
export const JOIN_LIMITS = {
  linkVersion: 1,
  maxLinkChars: 2048,
  minDecks: 1,
  maxDecks: 8,
  deckIdPattern: /^[a-z0-9-]{1,40}$/,
  minDeckVersion: 1,
  maxDeckVersion: 9999,
  minSeats: 2,
  maxSeats: 200,
  maxStep: 99,
  minCards: 1,
  maxCards: 20,
  maxTitleChars: 80,
} as const;

/** The query keys of a join link, in the order encodeJoin writes them. */
export const JOIN_KEYS = ['v', 's', 'd', 'n', 'm', 'p', 'k', 't'] as const;
export type JoinKey = (typeof JOIN_KEYS)[number];
