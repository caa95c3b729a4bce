import { useState } from 'react';
import { NOTES_EXPORT_LIMITS } from '../../domain/notes/export-json.ts';
import { useNotes } from '../../hooks/use-notes.ts';
import { importNotesFile, type FileOutcome, type ImportTarget } from './import-notes-file.ts';

/** Imports hand-ins (many files at once, or pasted text) into the notes repository, one by one. */
export function useHandInImport(target: ImportTarget) {
  const { repo } = useNotes();
  const [outcomes, setOutcomes] = useState<readonly FileOutcome[]>([]);
  const [busy, setBusy] = useState(false);

  const readFile = async (file: File): Promise<FileOutcome> => {
    // Capped before reading: a huge file is refused without loading it into memory.
    if (file.size > NOTES_EXPORT_LIMITS.fileBytes) {
      const params = { maxBytes: NOTES_EXPORT_LIMITS.fileBytes, bytes: file.size };
      return { kind: 'invalid', source: file.name, issues: [{ path: '', code: 'too-large', params }] };
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return { kind: 'unreadable', source: file.name };
    }
    return importNotesFile(bytes, file.name, target, repo);
  };

  const run = async (work: () => Promise<FileOutcome[]>) => {
    setBusy(true);
    try {
      setOutcomes(await work());
    } finally {
      setBusy(false);
    }
  };

  return {
    outcomes,
    busy,
    importFiles: (files: readonly File[]) =>
      run(async () => {
        const results: FileOutcome[] = [];
        // One after another: each merge must see the notes the previous file added.
        for (const file of files) results.push(await readFile(file));
        return results;
      }),
    importText: (text: string, source: string) =>
      run(async () => [await importNotesFile(text, source, target, repo)]),
  };
}
