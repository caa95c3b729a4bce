import { fromBase64urlOf, toBase64url } from '../../domain/room/base64url.ts';
import { PUBLIC_KEY_BYTES } from '../../domain/room/room-contract.ts';
import { roomLinkError, type RoomLink } from '../../domain/room/room-link.ts';
import { joinRoomToken } from '../../domain/room/room-token.ts';
import type { RoomKeys } from '../../storage/room-keys.ts';
import { RoomCryptoError } from './room-crypto-error.ts';
import { deriveRoomToken, roomKeyFromLink } from './room-crypto.ts';

/**
 * The two ways into a room, ready for connectRoom(): a phone's, from the join link's `r`, `rk`
 * and `fk`; and the facilitator's, from the keys kept on their device. The link itself is made
 * from those keys again after a reload, so the QR code never needs the private key.
 */

/** What a phone needs: the room id, its token, the key to read the presenter, the key to seal to. */
export type PhoneRoomAccess = {
  readonly roomId: string;
  readonly token: string;
  readonly roomKeyRaw: Uint8Array<ArrayBuffer>;
  readonly facilitatorPublicRaw: Uint8Array<ArrayBuffer>;
};

/** A phone's way into the room of a (decoded, so already valid) join link; throws RoomCryptoError. */
export async function phoneRoomAccess(link: RoomLink): Promise<PhoneRoomAccess> {
  if (roomLinkError(link) !== null) throw new RoomCryptoError('bad-key');
  const roomKeyRaw = roomKeyFromLink(link.key);
  const facilitatorPublicRaw = fromBase64urlOf(link.facilitatorKey, PUBLIC_KEY_BYTES);
  if (facilitatorPublicRaw === null) throw new RoomCryptoError('bad-key');
  const token = await deriveRoomToken(roomKeyRaw, link.id);
  return { roomId: link.id, token, roomKeyRaw, facilitatorPublicRaw };
}

/** The facilitator's token (`t.o`): it creates the room on first connect and may delete it. */
export async function facilitatorToken(keys: RoomKeys): Promise<string> {
  return joinRoomToken(await deriveRoomToken(keys.roomKeyRaw, keys.roomId), keys.ownerToken);
}

/** The join link's room values for a stored room (for the QR code and «Kopier lenke»). */
export function roomLinkOf(keys: RoomKeys): RoomLink {
  return {
    id: keys.roomId,
    key: toBase64url(keys.roomKeyRaw),
    facilitatorKey: toBase64url(keys.facilitatorPublicRaw),
  };
}
