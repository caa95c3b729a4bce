/**
 * The live room's wire contract (issue 15, notes/ROOM-CONTRACT.md) as one typed source: the
 * browser client and the Node server (which may import src/domain) read the same names and sizes.
 */

/** Bytes of a room id (≥ 128 bits, so ids cannot be guessed). */
export const ROOM_ID_BYTES = 16;
/** A room id as text: base64url of ROOM_ID_BYTES, 22 letters. */
export const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
/** Bytes of the raw AES-GCM 256 room key. */
export const ROOM_KEY_BYTES = 32;
/** Bytes of the facilitator's raw uncompressed P-256 public key (0x04 | x | y). */
export const PUBLIC_KEY_BYTES = 65;
/** The first byte of an uncompressed elliptic-curve point (SEC 1 §2.3.3): the only form the room uses. */
export const UNCOMPRESSED_POINT = 0x04;
/** Bytes of the owner token (the facilitator's proof that the room is theirs). */
export const OWNER_TOKEN_BYTES = 32;
/** Bytes of the room token derived from the room key. */
export const ROOM_TOKEN_BYTES = 32;
/** Bytes of an AES-GCM IV: fresh random for every message. */
export const IV_BYTES = 12;
/** The version byte every envelope starts with. */
export const ENVELOPE_VERSION = 1;
/**
 * Longest envelope text (base64url) a client sends or reads: below the server's 64 KiB message cap
 * with room for the Yjs update around it. A 20,000-character note of plain letters fits easily.
 */
export const ROOM_MAX_ENVELOPE_CHARS = 60 * 1024;
/** Bytes of an AES-GCM tag: the least ciphertext a valid envelope can hold. */
export const TAG_BYTES = 16;

/** The room's WebSocket and probe path, relative to the app's base (same origin, never a link's). */
export const ROOM_PATH = 'room';
/** What `GET room` answers when the live room is on. */
export const ROOM_PROBE_BODY = { room: 1 } as const;
/**
 * What the build's own `room` file says (scripts/host-files-plugin.ts): a host that serves only
 * the files has no live room. A file, not a 404, because browsers log a 404 as an error.
 */
export const NO_ROOM_PROBE_BODY = { room: 0 } as const;

/** Names inside the room's Y.Doc and awareness. */
export const ROOM_DOC = {
  /** Y.Map: note id → base64url of a sealed note envelope. */
  notes: 'notes',
  /** Y.Map: `presenter` → base64url of the presenter state envelope. */
  state: 'state',
  presenterKey: 'presenter',
  /** Awareness field each phone sets to an opaque short string. */
  seatField: 'seat',
} as const;

/** Keys of the notes map (note ids). */
export const ROOM_NOTE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Most notes one room holds (the server refuses more). */
export const ROOM_MAX_NOTES = 2000;
/** Longest awareness seat string; longer ones are ignored. */
export const ROOM_MAX_SEAT_CHARS = 16;

/** The stateless message that deletes a room (owner token required). */
export const DELETE_ROOM_MESSAGE = { type: 'delete-room' } as const;

/** Why the server refused a connection (its close reason / authentication failure reason). */
export const ROOM_REFUSALS = [
  'room-not-found',
  'bad-token',
  'bad-room-id',
  'room-full',
  'too-many-rooms',
  /** The room was deleted by its owner, or outlived its time to live: its id stays refused. */
  'room-deleted',
  'room-expired',
] as const;
export type RoomRefusal = (typeof ROOM_REFUSALS)[number] | 'refused';

/** HKDF labels: changing one changes every derived key and token. */
export const HKDF_LABELS = {
  tokenSalt: 'kortstokk room',
  tokenInfo: (roomId: string) => `token ${roomId}`,
  noteInfo: 'kortstokk note',
} as const;

/** Additional authenticated data: binds a ciphertext to its place, so it cannot be moved. */
export const noteAad = (roomId: string, noteId: string): string => `${roomId} ${noteId}`;
export const presenterAad = (roomId: string): string => `${roomId} presenter`;
