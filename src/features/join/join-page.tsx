import { decodeJoin } from '../../domain/join/decode-join.ts';
import { useHashRoute } from '../../hooks/use-hash-route.ts';
import { JoinHowTo } from './join-how-to.tsx';
import { JoinLinkError } from './join-link-error.tsx';
import { JoinSessionView } from './join-session-view.tsx';
import './join.css';

/**
 * «Bli med»: `#/join` explains how to join; `#/join?<link>` opens the participant's own hand.
 * The link is read by decodeJoin, which never throws: a bad link gets a message, not a crash.
 */
export function JoinPage() {
  const { query } = useHashRoute();
  if (query === '') return <JoinHowTo key="how-to" />;
  const decoded = decodeJoin(query);
  if (!decoded.ok) return <JoinLinkError key="error" error={decoded.error} />;
  return <JoinSessionView key={query} session={decoded.session} />;
}
