import { copyRunSheet } from './copy-run-sheet.ts';
import { RUN_SHEET_FORMAT, RUN_SHEET_TYPE, type RunSheet } from './run-sheet-types.ts';

/** Writes a run-sheet as pretty JSON (2-space indent, trailing newline) that parseRunSheet reads back equal. */
export function runSheetToJson(sheet: RunSheet): string {
  const { id, title, description, steps } = copyRunSheet(sheet);
  const file = { type: RUN_SHEET_TYPE, format: RUN_SHEET_FORMAT, id, title, description, steps };
  // JSON.stringify leaves out an undefined description, as the format wants.
  return `${JSON.stringify(file, null, 2)}\n`;
}
