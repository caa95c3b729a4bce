import type { Audience } from '../deck/audience.ts';
import type { LocalizedText } from '../deck/types.ts';
import type { RotationMode } from '../pairing/rotation-types.ts';
import type { ExerciseFormat } from './exercise-formats.ts';

/** The `type` tag of a run-sheet file. */
export const RUN_SHEET_TYPE = 'kortstokk/run-sheet';

/** The only run-sheet file format this code reads. */
export const RUN_SHEET_FORMAT = 1;

/** Makes a fresh id ([a-z0-9-], at most 40 chars, e.g. crypto.randomUUID()); injected so tests are fixed. */
export type IdGenerator = () => string;

/**
 * Which cards a step uses. Hand-picked cardRefs (`deck/card`) win over the filters; with none, the
 * deck and category filters apply (see step-cards.ts). A categoryId is `cat` or `deck/cat`.
 */
export interface StepCards {
  readonly deckIds: readonly string[];
  readonly categoryIds: readonly string[];
  readonly cardRefs: readonly string[];
  /**
   * Whom the filtered cards are for (deck/audience-filter.ts); absent means everyone. It narrows
   * the deck and category filters only: hand-picked cards are used as picked.
   */
  readonly audience?: Audience;
}

interface StepBase {
  /** Unique within its run-sheet. */
  readonly id: string;
  /** The step's length; for speed-date the length of ONE round. */
  readonly durationMs: number;
  readonly cards: StepCards;
  /** What the room is told; starts as the format's default text and is the facilitator's to edit. */
  readonly instructions: LocalizedText;
}

/** A speed-date step: `rounds` rounds of durationMs, or every round of the rotation when null. */
export interface SpeedDateStep extends StepBase {
  readonly format: 'speed-date';
  readonly rounds: number | null;
  readonly oddMode: RotationMode;
}

/** A step of any format other than speed-date. */
export interface PlainStep extends StepBase {
  readonly format: Exclude<ExerciseFormat, 'speed-date'>;
}

/** One step of a workshop. */
export type Step = SpeedDateStep | PlainStep;

/** A workshop plan: a titled list of steps (the file adds `type` and `format`). */
export interface RunSheet {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly steps: readonly Step[];
}

/** Limits of run-sheet format 1. */
export const RUN_SHEET_LIMITS = {
  /** Largest run-sheet file, in UTF-8 bytes. */
  fileBytes: 256_000,
  id: 40,
  title: 200,
  description: 1000,
  instructions: 2000,
  steps: 50,
  minDurationMs: 1000,
  /** Four hours: longer than any step of a workshop day. */
  maxDurationMs: 4 * 60 * 60 * 1000,
  /** Most rounds a speed-date step may ask for (a full rotation of 200 people has at most 200). */
  maxRounds: 200,
  deckIds: 20,
  categoryIds: 100,
  cardRefs: 200,
} as const;
