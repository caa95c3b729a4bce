import type { JoinSession } from './join-session.ts';

/**
 * The canonical query text of a session, e.g. `v=1&s=123&d=naervaer.3,ledelse.1&n=12&m=t&k=5&h=3`,
 * WITHOUT checking it (encodeJoin checks first; validateSession uses this to measure a link).
 * Keys come in a fixed order, numbers without leading zeros, the title percent-encoded; ids and
 * card refs are written as they are (only a-z 0-9 - and `/`, all safe in a URL fragment).
 */
export function joinQuery(session: JoinSession): string {
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
  if (session.format !== undefined) parts.push(`f=${session.format}`);
  const choice = session.roundCards;
  if (choice !== undefined) {
    if (choice.deckIds.length > 0) parts.push(`cd=${choice.deckIds.join(',')}`);
    if (choice.categoryIds.length > 0) parts.push(`cc=${choice.categoryIds.join(',')}`);
    if (choice.cardRefs.length > 0) parts.push(`cr=${choice.cardRefs.join(',')}`);
    if (choice.audience !== undefined) parts.push(`ca=${choice.audience}`);
  }
  // base64url text is safe in a fragment as it is.
  const room = session.room;
  if (room !== undefined) parts.push(`r=${room.id}`, `rk=${room.key}`, `fk=${room.facilitatorKey}`);
  if (session.seat !== undefined) parts.push(`h=${session.seat}`);
  return parts.join('&');
}
