import { parseRunSheet } from '../../domain/workshop/parse-run-sheet.ts';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import { runSheetToJson } from '../../domain/workshop/serialize-run-sheet.ts';

/**
 * Whether the sheet passes the same validation an import and the store's read-back apply. A sheet
 * that would not is never saved: the store would refuse to read it back, and it would be lost.
 */
export function isSaveable(sheet: RunSheet): boolean {
  return parseRunSheet(JSON.parse(runSheetToJson(sheet))).ok;
}
