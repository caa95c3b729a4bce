import { copyLocalized } from '../deck/copy-deck.ts';
import type { RunSheet, Step, StepCards } from './run-sheet-types.ts';

// Copies name every field, so nothing else that rode along on the source object is kept, and no
// object is shared between the copy and the original.

/** Copies a step's card selection. */
export function copyStepCards(cards: StepCards): StepCards {
  return {
    deckIds: [...cards.deckIds],
    categoryIds: [...cards.categoryIds],
    cardRefs: [...cards.cardRefs],
    ...(cards.audience === undefined ? {} : { audience: cards.audience }),
  };
}

/** Returns a fresh step holding only the known fields of its format. */
export function copyStep(step: Step): Step {
  const base = {
    id: step.id,
    durationMs: step.durationMs,
    cards: copyStepCards(step.cards),
    instructions: copyLocalized(step.instructions),
  };
  if (step.format === 'speed-date')
    return { ...base, format: step.format, rounds: step.rounds, oddMode: step.oddMode };
  return { ...base, format: step.format };
}

/** Returns a fresh run-sheet holding only known fields. */
export function copyRunSheet(sheet: RunSheet): RunSheet {
  const out: { -readonly [K in keyof RunSheet]: RunSheet[K] } = {
    id: sheet.id,
    title: copyLocalized(sheet.title),
    steps: sheet.steps.map(copyStep),
  };
  if (sheet.description !== undefined) out.description = copyLocalized(sheet.description);
  return out;
}
