import type { LocalizedText } from '../../domain/deck/types.ts';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';

/** What a copy of a run-sheet adds to its title, per language (the copy is shared, not the UI's). */
export const COPY_SUFFIX: LocalizedText = { nb: '(kopi)', nn: '(kopi)', en: '(copy)' };

/** The file name a run-sheet is downloaded as: `kjoreplan-<id>.json`. */
export function sheetFileName(sheet: RunSheet): string {
  return `kjoreplan-${sheet.id}.json`;
}
