import { useMemo } from 'react';
import type { Note } from '../../domain/notes/note-types.ts';
import { useNotes } from '../../hooks/use-notes.ts';
import { isSessionNote, readMeta, toDomainNote } from '../../lib/session-notes.ts';

/** The notes this phone's participant wrote in a session, as the hand-in file carries them. */
export function useOwnNotes(code: string): { notes: Note[]; written: number } {
  const { snapshot } = useNotes();
  return useMemo(() => {
    const notes = snapshot.notes
      .filter((n) => isSessionNote(n, code) && readMeta(n).mine === true)
      .map(toDomainNote)
      .filter((n): n is Note => n !== null);
    // Cleared notes are handed in too (so a cleared note clears on the wall), but not counted.
    return { notes, written: notes.filter((n) => n.text.trim() !== '').length };
  }, [snapshot.notes, code]);
}
