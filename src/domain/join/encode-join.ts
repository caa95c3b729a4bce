import { joinQuery } from './join-query.ts';
import type { JoinSession } from './join-session.ts';
import { validateSession } from './validate-session.ts';

/**
 * The query part of a join link, compact and URL-safe (see join-query.ts for its form): one
 * session always gives the same text, which is what shortCode() fingerprints.
 */

/** Encodes a valid session as a link query; throws a RangeError for an invalid session (a bug). */
export function encodeJoin(session: JoinSession): string {
  const error = validateSession(session);
  if (error !== null)
    throw new RangeError(`invalid join session: ${error.code} ${JSON.stringify(error.params ?? {})}`);
  return joinQuery(session);
}

/**
 * The part of a join link after the app's base: the join page with the query in its fragment
 * (`join/#v=1&…`), so a server never sees a participant's seat or session in its logs.
 */
export function joinPath(session: JoinSession): string {
  return `join/#${encodeJoin(session)}`;
}
