import { useEffect, useSyncExternalStore } from 'react';
import { registerFlusher } from '../lib/flush-registry.ts';
import { getNotesRepository } from '../storage/notes-instance.ts';
import { saveRescue } from '../storage/rescue.ts';
import type { NotesSnapshot } from '../storage/notes-repository-types.ts';

let lifecycleBound = false;

/** Saves notes when the page is hidden or left, and before an update reload. Once per page. */
function bindLifecycle() {
  if (lifecycleBound) return;
  lifecycleBound = true;
  const repo = getNotesRepository();
  // Synchronous rescue first (the page may be gone before IndexedDB starts), then the real write.
  const leave = () => {
    saveRescue(repo.pendingNotes());
    void repo.flush().then(
      () => saveRescue(repo.pendingNotes()),
      () => undefined,
    );
  };
  registerFlusher(() => repo.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leave();
  });
  window.addEventListener('pagehide', leave);
}

/** The notes repository and its current snapshot; re-renders when notes change. */
export function useNotes(): { repo: ReturnType<typeof getNotesRepository>; snapshot: NotesSnapshot } {
  const repo = getNotesRepository();
  const snapshot = useSyncExternalStore(repo.subscribe, repo.getSnapshot);
  useEffect(bindLifecycle, []);
  return { repo, snapshot };
}
