import { useEffect, useSyncExternalStore } from 'react';
import { registerFlusher } from '../lib/flush-registry.ts';
import { getNotesRepository } from '../storage/notes-instance.ts';
import type { NotesSnapshot } from '../storage/notes-repository-types.ts';

let lifecycleBound = false;

/** Flushes notes when the page is hidden or left, and before an update reload. Once per page. */
function bindLifecycle() {
  if (lifecycleBound) return;
  lifecycleBound = true;
  const repo = getNotesRepository();
  const flush = () => repo.flush().catch(() => undefined);
  registerFlusher(() => repo.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flush();
  });
  window.addEventListener('pagehide', () => void flush());
}

/** The notes repository and its current snapshot; re-renders when notes change. */
export function useNotes(): { repo: ReturnType<typeof getNotesRepository>; snapshot: NotesSnapshot } {
  const repo = getNotesRepository();
  const snapshot = useSyncExternalStore(repo.subscribe, repo.getSnapshot);
  useEffect(bindLifecycle, []);
  return { repo, snapshot };
}
