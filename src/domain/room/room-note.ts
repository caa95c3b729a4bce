import * as v from 'valibot';
import { NoteSchema } from '../notes/note-schema.ts';
import { copyNote, type Note } from '../notes/note-types.ts';

/**
 * A shared note's plaintext is the note exactly as a hand-in file carries it (createHandIn stamps
 * the session code, seat and, unless anonymous, the author), so the wall merges live notes and
 * imported files by the same note ids. What decrypts is still read as hostile input: it must pass
 * the schema the hand-in import uses, and carry the id it was sealed under.
 */

/** The plaintext of a shared note: JSON of the note's known fields only. */
export function roomNoteToJson(note: Note): string {
  return JSON.stringify(copyNote(note));
}

/** The note in a decrypted plaintext, or null when it is not a valid note with this id. */
export function parseRoomNote(plaintext: string, noteId: string): Note | null {
  let value: unknown;
  try {
    value = JSON.parse(plaintext);
  } catch {
    return null;
  }
  const result = v.safeParse(NoteSchema, value);
  return result.success && result.output.id === noteId ? copyNote(result.output) : null;
}
