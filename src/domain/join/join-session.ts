import type { Audience } from '../deck/audience.ts';
import type { RoomLink } from '../room/room-link.ts';
import type { RotationMode } from '../pairing/rotation-types.ts';
import type { ExerciseFormat } from '../workshop/exercise-formats.ts';

/** A deck as a session names it: its id and the content version the facilitator used. */
export type DeckRef = { readonly id: string; readonly version: number };

/**
 * Which cards a speed-date step draws its rounds from: the run-sheet step's card selection
 * (workshop/run-sheet-types.ts StepCards). Hand-picked refs win; otherwise the deck and category
 * filters apply, an empty list meaning "no limit". At least one list is non-empty.
 */
export type RoundCardChoice = {
  /** Deck ids (`cd`). */
  readonly deckIds: readonly string[];
  /** `category` or `deck/category` (`cc`). */
  readonly categoryIds: readonly string[];
  /** `deck/card` refs (`cr`). */
  readonly cardRefs: readonly string[];
  /**
   * Whom the filtered cards are for (`ca`), so every phone narrows the deck and category filters
   * as the planner did; absent means everyone. Never with hand-picked refs, which it would not touch.
   */
  readonly audience?: Audience;
};

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
  /** Exercise format of the step the link is for, so the phone can show its instructions (`f`). */
  readonly format?: ExerciseFormat;
  /** Card choice of the session's speed-date step, so the phone can show each round's card. */
  readonly roundCards?: RoundCardChoice;
  /**
   * The seat whose hand the link opens, 1..seats (`h`): a printed seat card's QR code. Like the
   * step it says where to open, not which session it is, so the short code leaves it out.
   */
  readonly seat?: number;
  /**
   * The live room (`r`, `rk`, `fk`, all three or none): its id, room key and the facilitator's
   * public key. It says how notes travel, not which session it is, so the short code leaves it out.
   * The room's server is always the app's own origin: a link cannot name another.
   */
  readonly room?: RoomLink;
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
  /** Most deck filters (`cd`), category filters (`cc`) and hand-picked cards (`cr`) in a link. */
  maxRoundDeckIds: 20,
  maxRoundCategoryIds: 40,
  maxRoundCardRefs: 60,
  categoryFilterPattern: /^(?:[a-z0-9-]{1,40}\/)?[a-z0-9-]{1,40}$/,
  cardRefPattern: /^[a-z0-9-]{1,40}\/[a-z0-9-]{1,64}$/,
} as const;

/**
 * The query keys of a join link, in the order encodeJoin writes them. Keys added later come last
 * (the step's format and card choice after the title, then the seat), so links made before them
 * keep their shape, and a seat card's link is the session's link with `&h=…` added. The card
 * choice's audience (`ca`) came after the seat but is written before it, for that reason, and so are
 * the live room's keys (`r`, `rk`, `fk`).
 */
export const JOIN_KEYS = [
  'v',
  's',
  'd',
  'n',
  'm',
  'p',
  'k',
  't',
  'f',
  'cd',
  'cc',
  'cr',
  'ca',
  'r',
  'rk',
  'fk',
  'h',
] as const;
export type JoinKey = (typeof JOIN_KEYS)[number];
