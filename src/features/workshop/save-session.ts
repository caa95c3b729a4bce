import type { WorkshopSession } from '../../domain/workshop/workshop-session.ts';
import { getWorkshopStore } from '../../storage/workshop-store.ts';
import type { GroupSettings } from './group-values.ts';
import { newId } from '../../lib/new-id.ts';

/**
 * Stores the group for a sheet: a new session, or the existing one with new settings (same id, so
 * the presenter's link keeps working). Returns the saved session; throws when storage fails.
 */
export async function saveSession(
  settings: GroupSettings,
  sheetId: string,
  existing: WorkshopSession | null,
): Promise<WorkshopSession> {
  const session: WorkshopSession = {
    id: existing?.id ?? newId(),
    sheetId,
    createdAt: existing?.createdAt ?? Date.now(),
    ...settings,
  };
  await getWorkshopStore().putSession(session);
  return session;
}
