import type { JoinSession } from './join-session.ts';
import { validateSession } from './validate-session.ts';

/**
 * The query part of a join link, compact and URL-safe, e.g.
 * `v=1&s=123&d=naervaer.3,ledelse.1&n=12&m=t&k=5`. Keys come in a fixed order, numbers without
 * leading zeros, the title percent-encoded: one session always gives the same text, which is what
 * shortCode() fingerprints.
 */

/** Encodes a valid session as a link query; throws a RangeError for an invalid session (a bug). */
export function encodeJoin(session: JoinSession): string {
  const error = validateSession(session);
  if (error !== null)
    throw new RangeError(`invalid join session: ${error.code} ${JSON.stringify(error.params ?? {})}`);
  const parts = [
    `v=${session.v}`,
    `s=${session.seed}`,
    `d=${session.decks.map((d) => `${d.id}.${d.version}`).join(',')}`,
    `n=${session.seats}`,
  ];
  if (session.mode !== undefined) parts.push(`m=${session.mode === 'trio' ? 't' : 's'}`);
  if (session.step !== undefined) parts.push(`p=${session.step}`);
  if (session.cards !== undefined) parts.push(`k=${session.cards}`);
  if (session.title !== undefined) parts.push(`t=${encodeURIComponent(session.title)}`);
  return parts.join('&');
}

/** The URL fragment a QR code carries: `#/join?` followed by the query. */
export function joinFragment(session: JoinSession): string {
  return `#/join?${encodeJoin(session)}`;
}
