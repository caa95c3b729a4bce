import { fromBase64urlOf, toBase64url } from '../../domain/room/base64url.ts';
import { joinEnvelope, splitState } from '../../domain/room/envelope.ts';
import {
  parsePresenterState,
  presenterStateToJson,
  type PresenterRoomState,
} from '../../domain/room/presenter-state.ts';
import {
  HKDF_LABELS,
  IV_BYTES,
  OWNER_TOKEN_BYTES,
  presenterAad,
  ROOM_ID_BYTES,
  ROOM_KEY_BYTES,
  ROOM_TOKEN_BYTES,
} from '../../domain/room/room-contract.ts';
import type { RoomLink } from '../../domain/room/room-link.ts';
import { orFail, RoomCryptoError } from './room-crypto-error.ts';

/**
 * The live room's keys and the presenter state's encryption (Web Crypto: browsers in a secure
 * context, Node ≥ 20). See notes/ROOM-CONTRACT.md for the exact construction.
 */

type Bytes = Uint8Array<ArrayBuffer>;

export const utf8 = (text: string): Bytes => new TextEncoder().encode(text);
export const random = (length: number): Bytes => crypto.getRandomValues(new Uint8Array(length));
export const EC = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** A new room, as the facilitator's device creates it when «Start direkte rom» is pressed. */
export type NewRoom = {
  readonly roomId: string;
  readonly roomKeyRaw: Bytes;
  /** Raw uncompressed public key (65 bytes): goes into the link as `fk`. */
  readonly facilitatorPublicRaw: Bytes;
  /** Non-extractable: this is what IndexedDB keeps and what opens notes. */
  readonly privateKey: CryptoKey;
  /**
   * The only extractable copy of the private key, present once, right after creation: for a backup
   * the facilitator asks for now. It is never stored; after a reload it cannot be made again.
   */
  readonly privateKeyJwk: JsonWebKey;
  readonly ownerToken: string;
  /** The three link values (`r`, `rk`, `fk`). */
  readonly link: RoomLink;
};

/** Creates a room id, room key, owner token and the facilitator's ECDH P-256 key pair. */
export async function createRoom(): Promise<NewRoom> {
  const roomId = toBase64url(random(ROOM_ID_BYTES));
  const roomKeyRaw = random(ROOM_KEY_BYTES);
  // Extractable once, so the JWK can be read for a backup; the kept key is a non-extractable re-import.
  const pair = await crypto.subtle.generateKey(EC, true, ['deriveBits']);
  const facilitatorPublicRaw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const privateKeyJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const privateKey = await importPrivateKey(privateKeyJwk);
  const link = {
    id: roomId,
    key: toBase64url(roomKeyRaw),
    facilitatorKey: toBase64url(facilitatorPublicRaw),
  };
  const ownerToken = toBase64url(random(OWNER_TOKEN_BYTES));
  return { roomId, roomKeyRaw, facilitatorPublicRaw, privateKey, privateKeyJwk, ownerToken, link };
}

/** Imports a facilitator private key (from a backup's JWK) as non-extractable. */
export function importPrivateKey(jwk: JsonWebKey): Promise<CryptoKey> {
  return orFail('bad-key', () => crypto.subtle.importKey('jwk', jwk, EC, false, ['deriveBits']));
}

/** The room token `t`: HKDF-SHA-256 of the room key, bound to the room id; every phone derives it. */
export async function deriveRoomToken(roomKeyRaw: Uint8Array, roomId: string): Promise<string> {
  const ikm = roomKeyBytes(roomKeyRaw);
  const key = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  const params = {
    name: 'HKDF',
    hash: 'SHA-256',
    salt: utf8(HKDF_LABELS.tokenSalt),
    info: utf8(HKDF_LABELS.tokenInfo(roomId)),
  };
  return toBase64url(new Uint8Array(await crypto.subtle.deriveBits(params, key, ROOM_TOKEN_BYTES * 8)));
}

/** Copies the raw room key, refusing any other length (a link's `rk` decodes to it). */
function roomKeyBytes(raw: Uint8Array): Bytes {
  if (!(raw instanceof Uint8Array) || raw.length !== ROOM_KEY_BYTES) throw new RoomCryptoError('bad-key');
  return Uint8Array.from(raw);
}

/** The raw room key in a link's `rk`, or a RoomCryptoError. */
export function roomKeyFromLink(text: string): Bytes {
  const bytes = fromBase64urlOf(text, ROOM_KEY_BYTES);
  if (bytes === null) throw new RoomCryptoError('bad-key');
  return bytes;
}

async function aesRoomKey(raw: Uint8Array, use: KeyUsage): Promise<CryptoKey> {
  const bytes = roomKeyBytes(raw);
  return crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, [use]);
}

/** Encrypts the presenter's state with the room key: `1 | iv | ciphertext`, as base64url. */
export async function encryptState(
  roomKeyRaw: Uint8Array,
  roomId: string,
  state: PresenterRoomState,
): Promise<string> {
  const key = await aesRoomKey(roomKeyRaw, 'encrypt');
  const iv = random(IV_BYTES);
  const params = { name: 'AES-GCM', iv, additionalData: utf8(presenterAad(roomId)) };
  const ciphertext = await crypto.subtle.encrypt(params, key, utf8(presenterStateToJson(state)));
  return toBase64url(joinEnvelope(iv, new Uint8Array(ciphertext)));
}

/** Decrypts and validates a presenter state envelope; throws RoomCryptoError. */
export async function decryptState(
  roomKeyRaw: Uint8Array,
  roomId: string,
  envelope: string,
): Promise<PresenterRoomState> {
  const split = splitState(envelope);
  if (!split.ok) throw new RoomCryptoError(split.reason);
  const key = await aesRoomKey(roomKeyRaw, 'decrypt');
  const { iv, ciphertext } = split.parts;
  const params = { name: 'AES-GCM', iv, additionalData: utf8(presenterAad(roomId)) };
  const plain = await orFail('decrypt-failed', () => crypto.subtle.decrypt(params, key, ciphertext));
  const state = parsePresenterState(decodeUtf8(plain));
  if (state === null) throw new RoomCryptoError('invalid-content');
  return state;
}

/** Strict UTF-8: a plaintext that is not valid text is refused, not patched with U+FFFD. */
export function decodeUtf8(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RoomCryptoError('invalid-content');
  }
}
