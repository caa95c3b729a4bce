import { useMemo } from 'react';
import type { Note } from '../../domain/notes/note-types.ts';
import { useNotes } from '../../hooks/use-notes.ts';
import { isSessionNote, toDomainNote } from '../../lib/session-notes.ts';

/** Every note of a session on this device (as the notes files carry them), oldest first. */
export function useSessionNotes(code: string | null): Note[] {
  const { snapshot } = useNotes();
  return useMemo(
    () =>
      code === null
        ? []
        : snapshot.notes
            .filter((n) => isSessionNote(n, code))
            .map(toDomainNote)
            .filter((n): n is Note => n !== null),
    [snapshot.notes, code],
  );
}
