// Reads from the notes store, validating every value: invalid ones are reported, never dropped.
import { parseNote } from './note.ts';
import type { Note } from './note.ts';
import type { NotesDb } from './notes-schema.ts';

export interface LoadedNotes {
  readonly notes: readonly Note[];
  /** Keys of stored values that are not valid notes; they stay on disk untouched. */
  readonly corruptIds: readonly string[];
}

/** A stored value that is not a valid note, as found in the notes store or the quarantine. */
export interface CorruptRecord {
  readonly key: string;
  readonly value: unknown;
  readonly where: 'notes' | 'quarantine';
}

/** Reads every record in one transaction. */
export async function readAllNotes(db: NotesDb): Promise<LoadedNotes> {
  const tx = db.transaction('notes', 'readonly');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
  const notes: Note[] = [];
  const corruptIds: string[] = [];
  values.forEach((value, index) => {
    const note = parseNote(value);
    if (note) notes.push(note);
    else corruptIds.push(String(keys[index]));
  });
  return { notes, corruptIds };
}

/** Reads the given ids: a Note, 'corrupt' for an invalid value, or undefined when absent. */
export async function readNotesByIds(
  db: NotesDb,
  ids: readonly string[],
): Promise<Map<string, Note | 'corrupt' | undefined>> {
  const tx = db.transaction('notes', 'readonly');
  const values = await Promise.all([...ids.map((id) => tx.store.get(id)), tx.done]);
  const result = new Map<string, Note | 'corrupt' | undefined>();
  ids.forEach((id, index) => {
    const value = values[index];
    result.set(id, value === undefined ? undefined : (parseNote(value) ?? 'corrupt'));
  });
  return result;
}

/** Lists every invalid value kept aside, so the app can offer it for download or support. */
export async function readCorruptRecords(db: NotesDb): Promise<CorruptRecord[]> {
  const tx = db.transaction(['notes', 'quarantine'], 'readonly');
  const notes = tx.objectStore('notes');
  const [keys, values, quarantined] = await Promise.all([
    notes.getAllKeys(),
    notes.getAll(),
    tx.objectStore('quarantine').getAll(),
    tx.done,
  ]);
  const inPlace = values.flatMap((value, index): CorruptRecord[] =>
    parseNote(value) ? [] : [{ key: String(keys[index]), value, where: 'notes' }],
  );
  const aside = quarantined.map((q): CorruptRecord => ({ key: q.key, value: q.value, where: 'quarantine' }));
  return [...inPlace, ...aside];
}
