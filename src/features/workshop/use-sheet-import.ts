import { useState } from 'react';
import type { DeckIssue } from '../../domain/deck/deck-issue.ts';
import { parseRunSheetText } from '../../domain/workshop/parse-run-sheet.ts';
import { RUN_SHEET_LIMITS, type RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import { getWorkshopStore } from '../../storage/workshop-store.ts';
import { newId } from '../../lib/new-id.ts';

/** Where a run-sheet import stands; `source` is the file name. */
export type SheetImportOutcome =
  | { kind: 'idle' }
  | { kind: 'busy'; source: string }
  | { kind: 'invalid'; source: string; issues: readonly DeckIssue[] }
  | { kind: 'imported'; source: string; sheet: RunSheet }
  | { kind: 'storage-failed'; source: string }
  | { kind: 'unreadable'; source: string };

async function importBytes(bytes: Uint8Array, source: string): Promise<SheetImportOutcome> {
  const parsed = parseRunSheetText(bytes);
  if (!parsed.ok) return { kind: 'invalid', source, issues: parsed.issues };
  // Always a new sheet under a fresh id: an import never overwrites a plan already here.
  const sheet = { ...parsed.sheet, id: newId() };
  try {
    await getWorkshopStore().putSheet(sheet, Date.now());
  } catch {
    return { kind: 'storage-failed', source };
  }
  return { kind: 'imported', source, sheet };
}

/** Imports run-sheet files; nothing is stored unless the whole file is valid. */
export function useSheetImport(onImported: (sheet: RunSheet) => void) {
  const [outcome, setOutcome] = useState<SheetImportOutcome>({ kind: 'idle' });
  const importFile = async (file: File) => {
    // Capped before reading: a huge file is refused without loading it into memory.
    if (file.size > RUN_SHEET_LIMITS.fileBytes) {
      const params = { maxBytes: RUN_SHEET_LIMITS.fileBytes, bytes: file.size };
      setOutcome({ kind: 'invalid', source: file.name, issues: [{ path: '', code: 'too-large', params }] });
      return;
    }
    setOutcome({ kind: 'busy', source: file.name });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setOutcome({ kind: 'unreadable', source: file.name });
      return;
    }
    const result = await importBytes(bytes, file.name);
    setOutcome(result);
    if (result.kind === 'imported') onImported(result.sheet);
  };
  return { outcome, importFile };
}
