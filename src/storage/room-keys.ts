import { wrap, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * The facilitator's live rooms, one record per room, in their own small database (IndexedDB via
 * idb, like workshop-store.ts): the private key that opens shared notes, and what the session
 * screen needs to show the room's link again after a reload.
 *
 * The private key is stored as a non-extractable CryptoKey (IndexedDB keeps CryptoKeys by
 * structured clone): page code can use it to open notes but can never read its bits. So no
 * extractable copy is kept anywhere; the only one exists in memory right after createRoom(), for
 * a backup the facilitator asks for then (lib/room/room-keys-backup.ts). Losing the device's
 * storage loses the room (it expires within a day anyway); the notes already opened are kept in
 * the notes store like any other note.
 */
export type RoomKeys = {
  readonly roomId: string;
  /** The workshop session the room belongs to, so its screen finds its room. */
  readonly sessionId: string;
  /** ECDH P-256, non-extractable. */
  readonly privateKey: CryptoKey;
  /** Raw uncompressed public key, for the link's `fk`. */
  readonly facilitatorPublicRaw: Uint8Array<ArrayBuffer>;
  readonly roomKeyRaw: Uint8Array<ArrayBuffer>;
  readonly ownerToken: string;
  /** Milliseconds since 1970 (the caller's clock). */
  readonly createdAt: number;
};

interface RoomKeysDb extends DBSchema {
  rooms: { key: string; value: RoomKeys; indexes: { bySession: string } };
}

const DB_NAME = 'kortstokk-rooms';
const DB_VERSION = 1;

export type RoomKeyStore = {
  put(keys: RoomKeys): Promise<void>;
  get(roomId: string): Promise<RoomKeys | null>;
  /** The session's rooms, newest first. */
  listForSession(sessionId: string): Promise<RoomKeys[]>;
  remove(roomId: string): Promise<void>;
};

/** Whether a stored record still has the shape we wrote (storage is not trusted blindly). */
function isRoomKeys(row: unknown): row is RoomKeys {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as Record<string, unknown>;
  return (
    typeof r.roomId === 'string' &&
    typeof r.sessionId === 'string' &&
    typeof r.ownerToken === 'string' &&
    typeof r.createdAt === 'number' &&
    r.roomKeyRaw instanceof Uint8Array &&
    r.facilitatorPublicRaw instanceof Uint8Array &&
    typeof r.privateKey === 'object' &&
    r.privateKey !== null &&
    (r.privateKey as CryptoKey).type === 'private'
  );
}

/** Opens the room key store; the factory and name are injectable for tests. */
export function openRoomKeyStore(factory: IDBFactory = indexedDB, name = DB_NAME): RoomKeyStore {
  let db: Promise<IDBPDatabase<RoomKeysDb>> | null = null;
  const open = () =>
    (db ??= (() => {
      const request = factory.open(name, DB_VERSION);
      request.addEventListener('upgradeneeded', () => {
        request.result
          .createObjectStore('rooms', { keyPath: 'roomId' })
          .createIndex('bySession', 'sessionId');
      });
      return wrap(request) as unknown as Promise<IDBPDatabase<RoomKeysDb>>;
    })());
  return {
    async put(keys) {
      if (keys.privateKey.extractable) throw new TypeError('room private keys are stored non-extractable');
      await (await open()).put('rooms', keys);
    },
    async get(roomId) {
      const row: unknown = await (await open()).get('rooms', roomId);
      return isRoomKeys(row) ? row : null;
    },
    async listForSession(sessionId) {
      const rows: unknown[] = await (await open()).getAllFromIndex('rooms', 'bySession', sessionId);
      return rows.filter(isRoomKeys).sort((a, b) => b.createdAt - a.createdAt);
    },
    async remove(roomId) {
      await (await open()).delete('rooms', roomId);
    },
  };
}

let instance: RoomKeyStore | null = null;

/** The app's one room key store. */
export function getRoomKeyStore(): RoomKeyStore {
  return (instance ??= openRoomKeyStore());
}
