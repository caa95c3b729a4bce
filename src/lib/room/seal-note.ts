import { fromBase64urlOf, toBase64url } from '../../domain/room/base64url.ts';
import { joinEnvelope, splitSealed } from '../../domain/room/envelope.ts';
import type { Note } from '../../domain/notes/note-types.ts';
import {
  HKDF_LABELS,
  IV_BYTES,
  noteAad,
  PUBLIC_KEY_BYTES,
  ROOM_ID_BYTES,
  ROOM_MAX_ENVELOPE_CHARS,
  UNCOMPRESSED_POINT,
} from '../../domain/room/room-contract.ts';
import { parseRoomNote, roomNoteToJson } from '../../domain/room/room-note.ts';
import { orFail, RoomCryptoError } from './room-crypto-error.ts';
import { decodeUtf8, EC, random, utf8 } from './room-crypto.ts';

/**
 * Notes sealed to the facilitator's public key: a fresh ephemeral ECDH P-256 key and a fresh IV
 * for every seal, so neither the server nor other phones (who all hold the room key) can read
 * them, and two seals of the same note never look alike. The AAD binds each envelope to its room
 * and note id: an envelope copied to another note or room fails to open.
 */

/** The HKDF salt: the room id's 16 bytes (not its text), as the contract's "roomId bytes". */
function roomIdBytes(roomId: string): Uint8Array<ArrayBuffer> {
  const bytes = fromBase64urlOf(roomId, ROOM_ID_BYTES);
  if (bytes === null) throw new RoomCryptoError('bad-key');
  return bytes;
}

async function noteKey(
  priv: CryptoKey,
  pub: CryptoKey,
  salt: Uint8Array<ArrayBuffer>,
  use: KeyUsage,
): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: pub }, priv, 256);
  const ikm = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  const params = { name: 'HKDF', hash: 'SHA-256', salt, info: utf8(HKDF_LABELS.noteInfo) };
  return crypto.subtle.deriveKey(params, ikm, { name: 'AES-GCM', length: 256 }, false, [use]);
}

/**
 * Only the uncompressed form (0x04 | x | y): OpenSSL also reads the «hybrid» form (0x06/0x07), and
 * the same point under a second spelling would let an edited envelope still open.
 */
function importPublic(raw: Uint8Array): Promise<CryptoKey> {
  if (raw.length !== PUBLIC_KEY_BYTES || raw[0] !== UNCOMPRESSED_POINT)
    return Promise.reject(new RoomCryptoError('bad-key'));
  return orFail('bad-key', () => crypto.subtle.importKey('raw', Uint8Array.from(raw), EC, false, []));
}

/** Seals a note to the facilitator (raw public key from the link's `fk`); base64url envelope. */
export async function sealNote(
  facilitatorPublicRaw: Uint8Array,
  roomId: string,
  noteId: string,
  note: Note,
): Promise<string> {
  const salt = roomIdBytes(roomId);
  const facilitator = await importPublic(facilitatorPublicRaw);
  const ephemeral = await crypto.subtle.generateKey(EC, true, ['deriveBits']);
  const key = await noteKey(ephemeral.privateKey, facilitator, salt, 'encrypt');
  const iv = random(IV_BYTES);
  const params = { name: 'AES-GCM', iv, additionalData: utf8(noteAad(roomId, noteId)) };
  const ciphertext = await crypto.subtle.encrypt(params, key, utf8(roomNoteToJson(note)));
  const ephemeralRaw = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const envelope = toBase64url(joinEnvelope(ephemeralRaw, iv, new Uint8Array(ciphertext)));
  if (envelope.length > ROOM_MAX_ENVELOPE_CHARS) throw new RoomCryptoError('too-large');
  return envelope;
}

/** Opens a sealed note with the facilitator's private key and validates it; throws RoomCryptoError. */
export async function openNote(
  privateKey: CryptoKey,
  roomId: string,
  noteId: string,
  envelope: string,
): Promise<Note> {
  const split = splitSealed(envelope);
  if (!split.ok) throw new RoomCryptoError(split.reason);
  const { ephemeralPublic, iv, ciphertext } = split.parts;
  const salt = roomIdBytes(roomId);
  const ephemeral = await importPublic(ephemeralPublic);
  const key = await orFail('decrypt-failed', () => noteKey(privateKey, ephemeral, salt, 'decrypt'));
  const params = { name: 'AES-GCM', iv, additionalData: utf8(noteAad(roomId, noteId)) };
  const plain = await orFail('decrypt-failed', () => crypto.subtle.decrypt(params, key, ciphertext));
  const note = parseRoomNote(decodeUtf8(plain), noteId);
  if (note === null) throw new RoomCryptoError('invalid-content');
  return note;
}
