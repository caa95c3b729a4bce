import type { Audience } from '../deck/audience.ts';
import type { LocalizedText } from '../deck/types.ts';
import type { RotationMode } from '../pairing/rotation-types.ts';
import { changeStepFormat } from './create-step.ts';
import type { ExerciseFormat } from './exercise-formats.ts';
import type { IdGenerator, RunSheet, Step, StepCards } from './run-sheet-types.ts';

// Every operation returns a new run-sheet and leaves its input alone. An operation that changes
// nothing (unknown id, index out of range) returns the input itself, so a UI can skip a re-render.

/** Inserts step at index (clamped to 0..length; default: the end). */
export function addStep(sheet: RunSheet, step: Step, index: number = sheet.steps.length): RunSheet {
  const wanted = Number.isNaN(index) ? sheet.steps.length : Math.trunc(index);
  const at = Math.min(Math.max(0, wanted), sheet.steps.length);
  return { ...sheet, steps: [...sheet.steps.slice(0, at), step, ...sheet.steps.slice(at)] };
}

/** Removes the step with stepId. */
export function removeStep(sheet: RunSheet, stepId: string): RunSheet {
  const steps = sheet.steps.filter((step) => step.id !== stepId);
  return steps.length === sheet.steps.length ? sheet : { ...sheet, steps };
}

/**
 * Moves the step at `from` to index `to` (0-based, clamped into the list); drag-and-drop and the
 * keyboard (move up: to = from - 1) both call this.
 */
export function moveStep(sheet: RunSheet, from: number, to: number): RunSheet {
  const n = sheet.steps.length;
  if (!Number.isInteger(from) || from < 0 || from >= n || Number.isNaN(to)) return sheet;
  const target = Math.min(Math.max(0, Math.trunc(to)), n - 1);
  if (target === from) return sheet;
  const steps = [...sheet.steps];
  const [moved] = steps.splice(from, 1);
  if (moved === undefined) return sheet;
  steps.splice(target, 0, moved);
  return { ...sheet, steps };
}

/** Puts a copy of the step with stepId, under a new id, right after it. */
export function duplicateStep(sheet: RunSheet, stepId: string, newId: IdGenerator): RunSheet {
  const index = sheet.steps.findIndex((step) => step.id === stepId);
  const step = sheet.steps[index];
  if (step === undefined) return sheet;
  return addStep(sheet, { ...step, id: newId() }, index + 1);
}

/** Changes to a step; rounds and oddMode only apply to speed-date steps. */
export interface StepPatch {
  readonly format?: ExerciseFormat;
  readonly durationMs?: number;
  readonly rounds?: number | null;
  readonly oddMode?: RotationMode;
  /** `audience: null` goes back to everyone (absent leaves the audience as it is). */
  readonly cards?: Partial<Omit<StepCards, 'audience'>> & { readonly audience?: Audience | null };
  readonly instructions?: LocalizedText;
}

function mergeCards(cards: StepCards, patch: NonNullable<StepPatch['cards']>): StepCards {
  const audience = patch.audience === undefined ? cards.audience : patch.audience;
  return {
    deckIds: patch.deckIds ?? cards.deckIds,
    categoryIds: patch.categoryIds ?? cards.categoryIds,
    cardRefs: patch.cardRefs ?? cards.cardRefs,
    ...(audience == null ? {} : { audience }),
  };
}

/** Applies patch to one step; a format change goes first, through changeStepFormat. */
export function patchStep(step: Step, patch: StepPatch): Step {
  const formatted = patch.format === undefined ? step : changeStepFormat(step, patch.format);
  const base = {
    id: formatted.id,
    durationMs: patch.durationMs ?? formatted.durationMs,
    cards: patch.cards ? mergeCards(formatted.cards, patch.cards) : formatted.cards,
    instructions: patch.instructions ?? formatted.instructions,
  };
  if (formatted.format !== 'speed-date') return { ...base, format: formatted.format };
  return {
    ...base,
    format: formatted.format,
    rounds: patch.rounds === undefined ? formatted.rounds : patch.rounds,
    oddMode: patch.oddMode ?? formatted.oddMode,
  };
}

/** Applies patch to the step with stepId. */
export function updateStep(sheet: RunSheet, stepId: string, patch: StepPatch): RunSheet {
  if (!sheet.steps.some((step) => step.id === stepId)) return sheet;
  return { ...sheet, steps: sheet.steps.map((step) => (step.id === stepId ? patchStep(step, patch) : step)) };
}
