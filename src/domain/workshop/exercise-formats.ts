import type { RotationMode } from '../pairing/rotation-types.ts';

/** The exercise formats of DESIGN.md §1, taken from seed 004 and the booklet. */
export type ExerciseFormat = 'speed-date' | 'silent' | 'pair-talk' | 'group-work' | 'flip' | 'plenary';

/** Every format, in the order a planner offers them. */
export const EXERCISE_FORMATS = [
  'speed-date',
  'silent',
  'pair-talk',
  'group-work',
  'flip',
  'plenary',
] as const satisfies readonly ExerciseFormat[];

/** How the people in the room work during a step. */
export type Grouping = 'alone' | 'pairs' | 'rotating-pairs' | 'groups' | 'everyone';

/**
 * How a step uses its cards: one card per speed-date round, one card for everyone, groups choose
 * one theme card each, flip cards first («snu diskusjonen på hodet»), or no cards (the plenary
 * walks through the notes).
 */
export type CardUse = 'one-per-round' | 'one-for-all' | 'choose-theme' | 'flip' | 'notes';

/** What a format is like; the planner, presenter and timer read this instead of switching on names. */
export interface FormatInfo {
  /** Default length of the step, or of one round for speed-date. */
  readonly defaultDurationMs: number;
  readonly grouping: Grouping;
  readonly cardUse: CardUse;
  /** False for the silent moment: no ticking and no running seconds, a soft signal at the end. */
  readonly ticking: boolean;
  /** A calm, near-empty screen. */
  readonly calm: boolean;
  /** Timed in rounds of durationMs with pair rotation (speed-date only). */
  readonly rounds: boolean;
  /** How many key points people bring back (pair talk: «kom tilbake med to viktige momenter»). */
  readonly keyPoints: number | null;
}

const MINUTE = 60_000;

/** The format table. Durations are our defaults: the sources give none except «2 minutter». */
export const FORMAT_TABLE: Readonly<Record<ExerciseFormat, FormatInfo>> = {
  'speed-date': {
    defaultDurationMs: 3 * MINUTE,
    grouping: 'rotating-pairs',
    cardUse: 'one-per-round',
    ticking: true,
    calm: false,
    rounds: true,
    keyPoints: null,
  },
  silent: {
    defaultDurationMs: 2 * MINUTE,
    grouping: 'alone',
    cardUse: 'one-for-all',
    ticking: false,
    calm: true,
    rounds: false,
    keyPoints: null,
  },
  'pair-talk': {
    defaultDurationMs: 10 * MINUTE,
    grouping: 'pairs',
    cardUse: 'one-for-all',
    ticking: true,
    calm: false,
    rounds: false,
    keyPoints: 2,
  },
  'group-work': {
    defaultDurationMs: 30 * MINUTE,
    grouping: 'groups',
    cardUse: 'choose-theme',
    ticking: true,
    calm: false,
    rounds: false,
    keyPoints: null,
  },
  flip: {
    defaultDurationMs: 10 * MINUTE,
    grouping: 'groups',
    cardUse: 'flip',
    ticking: true,
    calm: false,
    rounds: false,
    keyPoints: null,
  },
  plenary: {
    defaultDurationMs: 15 * MINUTE,
    grouping: 'everyone',
    cardUse: 'notes',
    ticking: true,
    calm: false,
    rounds: false,
    keyPoints: null,
  },
};

/** Speed-date defaults for a new step: four rounds, and one person sits out when the count is odd. */
export const SPEED_DATE_DEFAULTS: { readonly rounds: number | null; readonly oddMode: RotationMode } = {
  rounds: 4,
  oddMode: 'sit-out',
};

/** The odd-count modes a speed-date step may use (see pairing/rotation.ts). */
export const ODD_MODES = ['sit-out', 'trio'] as const satisfies readonly RotationMode[];

/** Returns true when value names a known exercise format. */
export function isExerciseFormat(value: string): value is ExerciseFormat {
  return (EXERCISE_FORMATS as readonly string[]).includes(value);
}
