import { shortCode } from '../../domain/join/short-code.ts';
import { validateSession } from '../../domain/join/validate-session.ts';
import { joinSessionOf, type WorkshopSession } from '../../domain/workshop/workshop-session.ts';

/** The session's short code, or null when the stored session could not make a valid link. */
export function sessionCode(session: WorkshopSession): string | null {
  const join = joinSessionOf(session);
  return validateSession(join) === null ? shortCode(join) : null;
}
