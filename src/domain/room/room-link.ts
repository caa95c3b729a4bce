import { fromBase64urlOf } from './base64url.ts';
import {
  PUBLIC_KEY_BYTES,
  ROOM_ID_BYTES,
  ROOM_ID_PATTERN,
  ROOM_KEY_BYTES,
  UNCOMPRESSED_POINT,
} from './room-contract.ts';

/**
 * What a join link carries of a live room, in its link form (base64url text): enough for a phone
 * to find the room on the app's own server, read the presenter's state and seal notes to the
 * facilitator. Never a server address: the room is always on the origin that served the app.
 */
export type RoomLink = {
  /** Room id (`r`): 16 random bytes, 22 letters. */
  readonly id: string;
  /** Raw AES-GCM 256 room key (`rk`): 32 bytes, 43 letters. */
  readonly key: string;
  /** The facilitator's raw uncompressed P-256 public key (`fk`): 65 bytes, 87 letters. */
  readonly facilitatorKey: string;
};

/** The link keys of the room's parts, in the order the link writes them. */
export const ROOM_LINK_KEYS = { id: 'r', key: 'rk', facilitatorKey: 'fk' } as const;

/** Whether a text is a room id: canonical base64url of exactly 16 bytes. */
export function isRoomId(id: unknown): id is string {
  return typeof id === 'string' && ROOM_ID_PATTERN.test(id) && fromBase64urlOf(id, ROOM_ID_BYTES) !== null;
}

/** Whether a text is a raw room key: canonical base64url of exactly 32 bytes. */
export function isRoomKey(key: unknown): key is string {
  return typeof key === 'string' && fromBase64urlOf(key, ROOM_KEY_BYTES) !== null;
}

/** Whether a text has the form of a raw uncompressed P-256 public key (the curve check is Web Crypto's). */
export function isFacilitatorKey(key: unknown): key is string {
  const bytes = typeof key === 'string' ? fromBase64urlOf(key, PUBLIC_KEY_BYTES) : null;
  return bytes !== null && bytes[0] === UNCOMPRESSED_POINT;
}

/** The first part of a room that is not valid (its link key), or null when all three are. */
export function roomLinkError(room: unknown): (typeof ROOM_LINK_KEYS)[keyof RoomLink] | null {
  if (typeof room !== 'object' || room === null) return ROOM_LINK_KEYS.id;
  const { id, key, facilitatorKey } = room as Partial<Record<keyof RoomLink, unknown>>;
  if (!isRoomId(id)) return ROOM_LINK_KEYS.id;
  if (!isRoomKey(key)) return ROOM_LINK_KEYS.key;
  return isFacilitatorKey(facilitatorKey) ? null : ROOM_LINK_KEYS.facilitatorKey;
}
