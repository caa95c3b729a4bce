import { copyLocalized } from '../deck/copy-deck.ts';
import type { Lang, LocalizedText } from '../deck/types.ts';
import { copyRunSheet } from './copy-run-sheet.ts';
import { createStep } from './create-step.ts';
import type { ExerciseFormat } from './exercise-formats.ts';
import { RUN_SHEET_LIMITS, type IdGenerator, type RunSheet } from './run-sheet-types.ts';

/** What a new run-sheet starts with. */
export interface NewRunSheet {
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** One default step per format listed, in order (none: an empty plan). */
  readonly formats?: readonly ExerciseFormat[];
}

/** Makes a run-sheet; the sheet id is drawn first, then one id per step, all from newId. */
export function createRunSheet(options: NewRunSheet, newId: IdGenerator): RunSheet {
  const id = newId();
  const steps = (options.formats ?? []).map((format) => createStep(format, newId));
  const sheet: RunSheet = { id, title: copyLocalized(options.title), steps };
  return options.description ? { ...sheet, description: copyLocalized(options.description) } : sheet;
}

/** Changes the title and/or description; description null removes it. */
export function updateRunSheet(
  sheet: RunSheet,
  patch: { readonly title?: LocalizedText; readonly description?: LocalizedText | null },
): RunSheet {
  const { description: _dropped, ...rest } = sheet;
  const title = patch.title ? copyLocalized(patch.title) : sheet.title;
  if (patch.description === null) return { ...rest, title };
  const description = patch.description ? copyLocalized(patch.description) : sheet.description;
  return description === undefined ? { ...rest, title } : { ...rest, title, description };
}

/** Joins a title and a suffix, shortening the title so the result stays within the title limit. */
function suffixed(title: string, suffix: string): string {
  const room = RUN_SHEET_LIMITS.title - [...suffix].length - 1;
  const chars = [...title.trim()];
  const head = chars.length > room ? chars.slice(0, Math.max(0, room)).join('').trimEnd() : chars.join('');
  return `${head} ${suffix}`.trim();
}

/**
 * Copies a run-sheet under newId with titleSuffix (e.g. «(kopi)») added to each language the title
 * has; a language the suffix lacks takes its nb text. Step ids stay: they are unique per sheet only.
 */
export function duplicateRunSheet(sheet: RunSheet, newId: string, titleSuffix: LocalizedText): RunSheet {
  const copy = copyRunSheet(sheet);
  const title: { -readonly [L in Lang]?: string } & { nb: string } = {
    nb: suffixed(copy.title.nb, titleSuffix.nb),
  };
  if (copy.title.nn !== undefined) title.nn = suffixed(copy.title.nn, titleSuffix.nn ?? titleSuffix.nb);
  if (copy.title.en !== undefined) title.en = suffixed(copy.title.en, titleSuffix.en ?? titleSuffix.nb);
  return { ...copy, id: newId, title };
}

/** A user's own editable copy of a built-in template: same content, the given id. */
export function runSheetFromTemplate(template: RunSheet, newId: string): RunSheet {
  return { ...copyRunSheet(template), id: newId };
}
