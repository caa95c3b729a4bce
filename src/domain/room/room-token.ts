import { fromBase64urlOf } from './base64url.ts';
import { OWNER_TOKEN_BYTES, ROOM_TOKEN_BYTES } from './room-contract.ts';

/**
 * The Hocuspocus token: `<t>` for a phone, `<t>.<o>` for the facilitator (see the contract). Both
 * parts are base64url of 32 bytes; the server keeps only their hashes.
 */
export type RoomTokenParts = { readonly room: string; readonly owner?: string };

/** The token a connection presents: the room token, and the owner token when it is the facilitator. */
export function joinRoomToken(room: string, owner?: string): string {
  return owner === undefined ? room : `${room}.${owner}`;
}

/** The parts of a presented token, or null when it is not one of the two forms. */
export function splitRoomToken(token: unknown): RoomTokenParts | null {
  if (typeof token !== 'string' || token.length > 100) return null;
  const [room, owner, ...rest] = token.split('.');
  if (room === undefined || rest.length > 0 || fromBase64urlOf(room, ROOM_TOKEN_BYTES) === null) return null;
  if (owner === undefined) return { room };
  return fromBase64urlOf(owner, OWNER_TOKEN_BYTES) === null ? null : { room, owner };
}
