import { ROOM_LINK_KEYS, roomLinkError, type RoomLink } from '../room/room-link.ts';
import { joinError } from './join-errors.ts';
import type { JoinKey } from './join-session.ts';
import type { Parsed } from './join-values.ts';

const KEYS = [ROOM_LINK_KEYS.id, ROOM_LINK_KEYS.key, ROOM_LINK_KEYS.facilitatorKey] as const;

/**
 * Reads the live room's three link values: all three or none (a link cut short or edited to drop
 * one is refused, not quietly turned into a link without a room). Each must be canonical
 * base64url of its exact length, so a changed letter is refused as an invalid value.
 */
export function parseRoom(values: ReadonlyMap<JoinKey, string>): Parsed<RoomLink | undefined> {
  const present = KEYS.filter((key) => values.has(key));
  if (present.length === 0) return { ok: true, value: undefined };
  const missing = KEYS.find((key) => !values.has(key));
  if (missing !== undefined) return { ok: false, error: joinError('missing-key', { key: missing }) };
  const room = {
    id: values.get('r') ?? '',
    key: values.get('rk') ?? '',
    facilitatorKey: values.get('fk') ?? '',
  };
  const bad = roomLinkError(room);
  return bad === null
    ? { ok: true, value: room }
    : { ok: false, error: joinError('invalid-value', { key: bad }) };
}
