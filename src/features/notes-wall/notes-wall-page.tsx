import { useRoute } from '../../hooks/use-route.ts';
import { SessionsIndex } from './sessions-index.tsx';
import { WallScreen } from './wall-screen.tsx';
import { parseWallQuery } from './wall-query.ts';
import './notes-wall.css';

/**
 * The facilitator's notes: `#/notes` lists the sessions and imports hand-ins of any session;
 * `#/notes?session=<id>` (planned here) or `#/notes?code=<code>` shows one session's wall.
 */
export function NotesWallPage() {
  const { query } = useRoute();
  const parsed = parseWallQuery(query);
  if (parsed.sessionId === null && parsed.code === null) return <SessionsIndex key="index" />;
  return <WallScreen key={`${parsed.sessionId ?? ''}|${parsed.code ?? ''}|${parsed.view}`} query={parsed} />;
}
