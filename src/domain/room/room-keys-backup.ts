import * as v from 'valibot';
import { strictRecord } from '../deck/strict-record.ts';
import { timestamp } from '../validation/schema-parts.ts';
import { fromBase64urlOf } from './base64url.ts';
import { OWNER_TOKEN_BYTES, PUBLIC_KEY_BYTES } from './room-contract.ts';
import { isFacilitatorKey, isRoomId, isRoomKey } from './room-link.ts';

/**
 * A live room's keys inside the session's JSON backup, written only when the facilitator asks:
 * the one place the private key leaves the device. JSON-only (base64url and a JWK), so a backup
 * file can be checked like any other import before anything is trusted.
 */

export const ROOM_KEYS_BACKUP_TYPE = 'kortstokk/room-keys';
export const ROOM_KEYS_BACKUP_FORMAT = 1;

const ofBytes = (n: number) =>
  v.pipe(
    v.string(),
    v.check((s) => fromBase64urlOf(s, n) !== null),
  );
const coordinate = () => ofBytes(32);

/** The facilitator's P-256 private key as a minimal JWK (no `ext`, no `key_ops`). */
const PrivateJwkSchema = strictRecord({
  kty: v.literal('EC'),
  crv: v.literal('P-256'),
  x: coordinate(),
  y: coordinate(),
  d: coordinate(),
});

export const RoomKeysBackupSchema = v.pipe(
  strictRecord({
    type: v.literal(ROOM_KEYS_BACKUP_TYPE),
    format: v.literal(ROOM_KEYS_BACKUP_FORMAT),
    roomId: v.custom<string>(isRoomId),
    sessionId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)),
    roomKey: v.custom<string>(isRoomKey),
    facilitatorKey: v.custom<string>(isFacilitatorKey),
    ownerToken: ofBytes(OWNER_TOKEN_BYTES),
    privateKey: PrivateJwkSchema,
    createdAt: timestamp(),
  }),
  // The private key must belong to the public key in the link: 0x04 | x | y.
  v.check(({ facilitatorKey, privateKey }) => {
    const pub = fromBase64urlOf(facilitatorKey, PUBLIC_KEY_BYTES);
    const x = fromBase64urlOf(privateKey.x, 32);
    const y = fromBase64urlOf(privateKey.y, 32);
    return (
      pub !== null &&
      x !== null &&
      y !== null &&
      pub.slice(1).every((b, i) => b === (i < 32 ? x[i] : y[i - 32]))
    );
  }),
);

export type RoomKeysBackup = v.InferOutput<typeof RoomKeysBackupSchema>;

/** A backup value, or null when it is not a valid one (never throws). */
export function parseRoomKeysBackup(value: unknown): RoomKeysBackup | null {
  const result = v.safeParse(RoomKeysBackupSchema, value);
  return result.success ? result.output : null;
}
