import type { SessionRef } from '../../domain/notes/session-ref.ts';
import { joinSessionOf, type WorkshopSession } from '../../domain/workshop/workshop-session.ts';
import { sessionRefForJoin } from '../../lib/session-notes.ts';

/**
 * The session reference of a planned session, the same one its participants' phones compute from
 * the join link (any step). Null when the record cannot make a valid link.
 */
export function refOfWorkshop(session: WorkshopSession): SessionRef | null {
  try {
    return sessionRefForJoin(joinSessionOf(session));
  } catch {
    return null;
  }
}
