import { openNotesRepository } from './notes-repository.ts';
import type { NotesRepository } from './notes-repository-types.ts';
import { recoverRescue } from './rescue.ts';

let instance: NotesRepository | null = null;

/**
 * The app's one notes repository, opened on first use; notes rescued when the page was last
 * left (see rescue.ts) are put back first. After the first saved note the browser is asked to
 * keep the data (navigator.storage.persist), so it is not evicted.
 */
export function getNotesRepository(): NotesRepository {
  if (!instance) {
    instance = openNotesRepository({
      onFirstSave: () => navigator.storage?.persist?.().catch(() => false),
    });
    void recoverRescue(instance).catch(() => undefined);
  }
  return instance;
}
