import { getWorkshopStore } from '../../storage/workshop-store.ts';
import { useLoaded } from './use-loaded.ts';

/**
 * A group session and the run-sheet it was made from, read from the workshop store; `session`
 * and `sheet` are null while loading and when missing.
 */
export function useSessionAndSheet(sessionId: string) {
  const loaded = useLoaded(async () => {
    const store = getWorkshopStore();
    const session = await store.getSession(sessionId);
    return { session, sheet: session ? await store.getSheet(session.sheetId) : null };
  }, sessionId);
  const session = loaded.status === 'ready' ? loaded.value.session : null;
  const sheet = loaded.status === 'ready' ? loaded.value.sheet : null;
  return { loaded, session, sheet };
}
