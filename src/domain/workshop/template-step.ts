import type { LocalizedText } from '../deck/types.ts';
import type { RotationMode } from '../pairing/rotation-types.ts';
import { DEFAULT_INSTRUCTIONS } from './default-instructions.ts';
import type { ExerciseFormat } from './exercise-formats.ts';
import type { Step, StepCards } from './run-sheet-types.ts';

/** How a built-in template names one step; anything left out takes the format's default. */
export interface TemplateStepSpec {
  readonly id: string;
  readonly format: ExerciseFormat;
  /** Minutes: the whole step, or one round for speed-date. */
  readonly minutes: number;
  readonly cards?: Partial<StepCards>;
  readonly instructions?: LocalizedText;
  readonly rounds?: number | null;
  readonly oddMode?: RotationMode;
}

/** Builds a template step from its short description. */
export function templateStep(spec: TemplateStepSpec): Step {
  const base = {
    id: spec.id,
    durationMs: spec.minutes * 60_000,
    cards: {
      deckIds: spec.cards?.deckIds ?? [],
      categoryIds: spec.cards?.categoryIds ?? [],
      cardRefs: spec.cards?.cardRefs ?? [],
    },
    instructions: spec.instructions ?? DEFAULT_INSTRUCTIONS[spec.format],
  };
  if (spec.format === 'speed-date')
    return { ...base, format: spec.format, rounds: spec.rounds ?? null, oddMode: spec.oddMode ?? 'sit-out' };
  return { ...base, format: spec.format };
}
