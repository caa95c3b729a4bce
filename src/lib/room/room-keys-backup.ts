import { fromBase64urlOf, toBase64url } from '../../domain/room/base64url.ts';
import { PUBLIC_KEY_BYTES, ROOM_KEY_BYTES } from '../../domain/room/room-contract.ts';
import {
  parseRoomKeysBackup,
  ROOM_KEYS_BACKUP_FORMAT,
  ROOM_KEYS_BACKUP_TYPE,
  type RoomKeysBackup,
} from '../../domain/room/room-keys-backup.ts';
import type { RoomKeys } from '../../storage/room-keys.ts';
import { orFail, RoomCryptoError } from './room-crypto-error.ts';
import { EC, importPrivateKey, type NewRoom } from './room-crypto.ts';

/** What the room key store keeps of a room just created (everything but the extractable JWK). */
export function roomKeysFor(room: NewRoom, sessionId: string, createdAt: number): RoomKeys {
  const { roomId, privateKey, facilitatorPublicRaw, roomKeyRaw, ownerToken } = room;
  return { roomId, sessionId, privateKey, facilitatorPublicRaw, roomKeyRaw, ownerToken, createdAt };
}

/**
 * The room's keys for the session's JSON backup, only when the facilitator asks. It needs the
 * extractable JWK that createRoom() returns once: the stored key is non-extractable by design.
 */
export function roomKeysBackup(keys: RoomKeys, privateKeyJwk: JsonWebKey): RoomKeysBackup {
  const { kty, crv, x, y, d } = privateKeyJwk;
  const backup = parseRoomKeysBackup({
    type: ROOM_KEYS_BACKUP_TYPE,
    format: ROOM_KEYS_BACKUP_FORMAT,
    roomId: keys.roomId,
    sessionId: keys.sessionId,
    roomKey: toBase64url(keys.roomKeyRaw),
    facilitatorKey: toBase64url(keys.facilitatorPublicRaw),
    ownerToken: keys.ownerToken,
    privateKey: { kty, crv, x, y, d },
    createdAt: keys.createdAt,
  });
  if (backup === null) throw new RoomCryptoError('bad-key');
  return backup;
}

/** Whether the private key is the partner of the public one: one ECDH both ways must agree. */
async function pairMatches(privateKey: CryptoKey, publicRaw: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const pub = await crypto.subtle.importKey('raw', publicRaw, EC, false, []);
  const probe = await crypto.subtle.generateKey(EC, false, ['deriveBits']);
  const a = new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'ECDH', public: pub }, probe.privateKey, 256),
  );
  const b = new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'ECDH', public: probe.publicKey }, privateKey, 256),
  );
  return a.every((byte, i) => byte === b[i]);
}

/** The keys in a backup value, the private key re-imported non-extractable; throws RoomCryptoError. */
export async function restoreRoomKeys(value: unknown): Promise<RoomKeys> {
  const backup = parseRoomKeysBackup(value);
  if (backup === null) throw new RoomCryptoError('invalid-content');
  const facilitatorPublicRaw = fromBase64urlOf(backup.facilitatorKey, PUBLIC_KEY_BYTES);
  const roomKeyRaw = fromBase64urlOf(backup.roomKey, ROOM_KEY_BYTES);
  if (facilitatorPublicRaw === null || roomKeyRaw === null) throw new RoomCryptoError('invalid-content');
  const privateKey = await importPrivateKey(backup.privateKey);
  if (!(await orFail('bad-key', () => pairMatches(privateKey, facilitatorPublicRaw))))
    throw new RoomCryptoError('bad-key');
  return {
    roomId: backup.roomId,
    sessionId: backup.sessionId,
    privateKey,
    facilitatorPublicRaw,
    roomKeyRaw,
    ownerToken: backup.ownerToken,
    createdAt: backup.createdAt,
  };
}
