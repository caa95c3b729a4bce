import { useMemo } from 'react';
import { useNotes } from '../../hooks/use-notes.ts';
import { journalFromNotes } from './journal-records.ts';

/** The journal (entries and assessments) read from the notes repository, live. */
export function useJournal() {
  const { repo, snapshot } = useNotes();
  const journal = useMemo(() => journalFromNotes(snapshot.notes), [snapshot.notes]);
  return { repo, snapshot, journal, loading: snapshot.status === 'loading' };
}
