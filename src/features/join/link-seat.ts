// A seat card's link names the seat (`h`): the phone opens that seat's hand at once. The seat is
// taken once, when the link is opened: it becomes the remembered seat, and the address becomes the
// session's plain link, so a reload keeps a seat chosen since and a new scan of a card wins again.
import { joinQuery } from '../../domain/join/join-query.ts';
import type { JoinSession } from '../../domain/join/join-session.ts';
import { hrefFor } from '../../lib/app-route.ts';

/** The session's own link (no seat): what the address becomes once the link's seat is taken. */
export function sessionHref(session: JoinSession): string {
  const { seat: _seat, ...plain } = session;
  return hrefFor('/join', joinQuery(plain));
}

/**
 * The same link without its seat, when only the seat was wrong (e.g. a card edited to seat 0):
 * the participant may then choose a seat. Null when the rest of the link is bad too.
 */
export function seatlessQuery(query: string): string | null {
  const body = query.startsWith('?') ? query.slice(1) : query;
  const parts = body.split('&');
  const kept = parts.filter((part) => !part.startsWith('h='));
  return kept.length === parts.length || kept.length === 0 ? null : kept.join('&');
}
