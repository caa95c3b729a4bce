import { openNotesRepository } from './notes-repository.ts';
import type { NotesRepository } from './notes-repository-types.ts';

let instance: NotesRepository | null = null;

/**
 * The app's one notes repository, opened on first use. After the first saved note the
 * browser is asked to keep the data (navigator.storage.persist), so it is not evicted.
 */
export function getNotesRepository(): NotesRepository {
  instance ??= openNotesRepository({
    onFirstSave: () => navigator.storage?.persist?.().catch(() => false),
  });
  return instance;
}
