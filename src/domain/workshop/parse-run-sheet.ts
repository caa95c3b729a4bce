import type { DeckIssue } from '../deck/deck-issue.ts';
import { copyStepCards } from './copy-run-sheet.ts';
import { runSheetCrossFieldIssues } from './run-sheet-cross-field.ts';
import type { RunSheetSchemaOutput } from './run-sheet-schema.ts';
import { RunSheetSchema } from './run-sheet-schema.ts';
import { RUN_SHEET_LIMITS, type RunSheet, type Step } from './run-sheet-types.ts';
import { copyLocalized } from '../deck/copy-deck.ts';
import { readFileJson, validateValue } from '../validation/validate-file.ts';

/** A valid run-sheet, or every issue found (deck issue codes and paths, e.g. `steps[2].durationMs`). */
export type ParseRunSheetResult = { ok: true; sheet: RunSheet } | { ok: false; issues: DeckIssue[] };

type StepOutput = RunSheetSchemaOutput['steps'][number];

function toStep(step: StepOutput): Step {
  const base = {
    id: step.id,
    durationMs: step.durationMs,
    cards: copyStepCards(step.cards),
    instructions: copyLocalized(step.instructions),
  };
  // The cross-field rules have made sure a speed-date step has both fields; the fallbacks only
  // keep the types honest.
  if (step.format === 'speed-date')
    return { ...base, format: step.format, rounds: step.rounds ?? null, oddMode: step.oddMode ?? 'sit-out' };
  return { ...base, format: step.format };
}

/**
 * Validates an already-parsed JSON value as a run-sheet: structure and cross-field rules, all
 * issues together. The sheet returned is built from validated fields only. Never throws.
 */
export function parseRunSheet(value: unknown): ParseRunSheetResult {
  const result = validateValue(RunSheetSchema, value, runSheetCrossFieldIssues);
  if (!result.ok) return result;
  const { id, title, description, steps } = result.output;
  const sheet: RunSheet = { id, title: copyLocalized(title), steps: steps.map(toStep) };
  return { ok: true, sheet: description ? { ...sheet, description: copyLocalized(description) } : sheet };
}

/** Reads run-sheet file bytes or pasted text (capped at 256 KB) and validates it. Never throws. */
export function parseRunSheetText(input: Uint8Array | string): ParseRunSheetResult {
  const read = readFileJson(input, RUN_SHEET_LIMITS.fileBytes);
  return read.ok ? parseRunSheet(read.value) : read;
}
