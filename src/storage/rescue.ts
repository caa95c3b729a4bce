import { parseNote, type Note } from './note.ts';
import type { NotesRepository } from './notes-repository-types.ts';

// IndexedDB writes are asynchronous, and a page that is being closed or reloaded may be gone
// before they start. So when the page is hidden or left, unsaved notes are also written
// synchronously to localStorage — the rescue — and put back into the repository on the next
// start, where they win only if they are newer than what is stored. The rescue is cleared as
// soon as the notes are safely in IndexedDB.
// Each page has its own key, so two tabs never overwrite each other's rescue.
export const RESCUE_PREFIX = 'kortstokk-notes-rescue:';
const pageKey = `${RESCUE_PREFIX}${Math.floor(performance.now())}-${crypto.getRandomValues(new Uint32Array(1))[0]}`;

const rescueKeys = (storage: Storage) =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
    (k): k is string => k !== null && k.startsWith(RESCUE_PREFIX),
  );

/** Writes this page's unsaved notes synchronously (or clears its rescue when there are none). */
export function saveRescue(notes: readonly Note[], storage: Storage = localStorage, key = pageKey): void {
  try {
    if (notes.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(notes));
  } catch {
    // Full or unavailable: IndexedDB is still trying, and the error is surfaced there.
  }
}

/** Reads every page's rescued notes, keeping only valid records. */
export function readRescue(storage: Storage = localStorage): { keys: string[]; notes: Note[] } {
  try {
    const keys = rescueKeys(storage);
    const notes = keys.flatMap((key) => {
      try {
        const raw: unknown = JSON.parse(storage.getItem(key) ?? '[]');
        return Array.isArray(raw) ? raw.flatMap((n) => parseNote(n) ?? []) : [];
      } catch {
        return [];
      }
    });
    return { keys, notes };
  } catch {
    return { keys: [], notes: [] };
  }
}

/**
 * After the repository has loaded: merges rescued notes (newer wins, nothing duplicated), writes
 * them to IndexedDB and only then clears the rescue. Resolves to the number of notes restored.
 */
export async function recoverRescue(repo: NotesRepository, storage: Storage = localStorage): Promise<number> {
  const { keys, notes } = readRescue(storage);
  if (keys.length === 0) return 0;
  await repo.ready;
  if (repo.status !== 'ready') return 0;
  const counts = await repo.importNotes(notes);
  await repo.flush();
  for (const key of keys) storage.removeItem(key);
  return counts.added + counts.updated;
}
