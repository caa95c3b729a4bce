import { decodeJoin } from '../../domain/join/decode-join.ts';
import { joinQuery } from '../../domain/join/join-query.ts';
import { useRoute } from '../../hooks/use-route.ts';
import { hrefFor } from '../../lib/app-route.ts';
import { JoinHowTo } from './join-how-to.tsx';
import { JoinLinkError } from './join-link-error.tsx';
import { JoinSessionView } from './join-session-view.tsx';
import { seatlessQuery } from './link-seat.ts';
import './join.css';

/** A way to choose a seat when only the link's seat (`h`) was refused; undefined otherwise. */
function chooseSeatHref(query: string, key: string | undefined): string | undefined {
  if (key !== 'h') return undefined;
  const rest = seatlessQuery(query);
  return rest !== null && decodeJoin(rest).ok ? hrefFor('/join', rest) : undefined;
}

/**
 * «Bli med»: `#/join` explains how to join; `#/join?<link>` opens the participant's own hand.
 * The link is read by decodeJoin, which never throws: a bad link gets a message, not a crash.
 * A seat card's link (with `h`) opens that seat's hand straight away.
 */
export function JoinPage() {
  const { query } = useRoute();
  if (query === '') return <JoinHowTo key="how-to" />;
  const decoded = decodeJoin(query);
  if (!decoded.ok) {
    const key = decoded.error.params?.key;
    return <JoinLinkError key="error" error={decoded.error} chooseSeat={chooseSeatHref(query, key)} />;
  }
  const { seat, ...session } = decoded.session;
  // Keyed by the session, not the seat: dropping the seat from the address keeps this view.
  return <JoinSessionView key={joinQuery(session)} session={session} linkSeat={seat} />;
}
