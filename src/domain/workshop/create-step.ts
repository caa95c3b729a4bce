import { copyLocalized } from '../deck/copy-deck.ts';
import type { LocalizedText } from '../deck/types.ts';
import { DEFAULT_INSTRUCTIONS } from './default-instructions.ts';
import { FORMAT_TABLE, SPEED_DATE_DEFAULTS, type ExerciseFormat } from './exercise-formats.ts';
import type { IdGenerator, Step, StepCards } from './run-sheet-types.ts';

/** A selection of no cards (a plenary, or a step whose cards are not chosen yet). */
export const NO_CARDS: StepCards = { deckIds: [], categoryIds: [], cardRefs: [] };

/** Makes a step of `format` with the format's default duration and instructions, and no cards. */
export function createStep(format: ExerciseFormat, newId: IdGenerator): Step {
  const base = {
    id: newId(),
    durationMs: FORMAT_TABLE[format].defaultDurationMs,
    cards: { deckIds: [], categoryIds: [], cardRefs: [] },
    instructions: copyLocalized(DEFAULT_INSTRUCTIONS[format]),
  };
  if (format === 'speed-date') return { ...base, format, ...SPEED_DATE_DEFAULTS };
  return { ...base, format };
}

function sameText(a: LocalizedText, b: LocalizedText): boolean {
  return a.nb === b.nb && a.nn === b.nn && a.en === b.en;
}

/**
 * Turns a step into another format. Duration and instructions still at the old format's defaults
 * take the new format's defaults; anything the facilitator changed is kept. Speed-date fields are
 * added (with defaults) or dropped as the format needs.
 */
export function changeStepFormat(step: Step, format: ExerciseFormat): Step {
  if (step.format === format) return step;
  const durationMs =
    step.durationMs === FORMAT_TABLE[step.format].defaultDurationMs
      ? FORMAT_TABLE[format].defaultDurationMs
      : step.durationMs;
  const instructions = sameText(step.instructions, DEFAULT_INSTRUCTIONS[step.format])
    ? copyLocalized(DEFAULT_INSTRUCTIONS[format])
    : step.instructions;
  const base = { id: step.id, durationMs, cards: step.cards, instructions };
  if (format === 'speed-date') return { ...base, format, ...SPEED_DATE_DEFAULTS };
  return { ...base, format };
}
