// Hard deletion of soft-deleted notes, for privacy once the undo window has passed.
import { parseNote } from './note.ts';
import type { NotesDb } from './notes-schema.ts';

/** Deletes each id whose stored record is still soft-deleted; resolves to the ids deleted. */
export async function purgeDeletedNotes(db: NotesDb, ids: readonly string[]): Promise<string[]> {
  const tx = db.transaction('notes', 'readwrite');
  const purged: string[] = [];
  const work = (async () => {
    for (const id of ids) {
      // Another tab may have restored or edited it since: only a record still deleted goes.
      if (parseNote(await tx.store.get(id))?.deleted !== true) continue;
      await tx.store.delete(id);
      purged.push(id);
    }
  })();
  await Promise.all([work, tx.done]);
  return purged;
}
