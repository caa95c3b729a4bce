import type { Note } from '../../domain/notes/note-types.ts';
import type { PresenterRoomState } from '../../domain/room/presenter-state.ts';
import type { RoomCryptoReason } from '../../domain/room/room-crypto-reason.ts';
import type { RoomStatus } from '../../domain/room/room-status.ts';
import type { RoomKeys, RoomKeyStore } from '../../storage/room-keys.ts';
import { facilitatorToken } from './room-access.ts';
import type { ConnectRoomOptions, RoomConnection } from './room-connection.ts';
import { RoomCryptoError } from './room-crypto-error.ts';
import { createRoom, encryptState } from './room-crypto.ts';
import type { RoomNotesChange } from './room-doc.ts';
import { roomKeysFor } from './room-keys-backup.ts';
import { openNote } from './seal-note.ts';

/**
 * The facilitator's side of a live room, free of React so it is tested with a fake connection:
 * create a room for a session and keep its keys, find it again after a reload, connect with the
 * owner token (the first connect creates the room on the server), open the notes phones share,
 * publish the presenter's state, and delete the room.
 *
 * The connection module (provider + Yjs) is loaded only here, through `connect`, whose default is
 * a dynamic import: nothing of it is in the app's first load.
 */
export type HostRoomDeps = {
  readonly appBase: string;
  readonly store: RoomKeyStore;
  readonly connect: (options: ConnectRoomOptions) => Promise<RoomConnection>;
  readonly now: () => number;
  /**
   * How a room no screen holds any more is closed later (host-room-registry.ts); default: after
   * HOST_ROOM_LINGER_MS. Tests close at once or by hand.
   */
  readonly later?: (close: () => void) => () => void;
};

/** The real connection, loaded when the first live room starts. */
export async function loadAndConnect(options: ConnectRoomOptions): Promise<RoomConnection> {
  const { connectRoom } = await import('./room-connection.ts');
  return connectRoom(options);
}

/** The session's live room kept on this device (the newest, should there be several), or null. */
export async function findHostRoom(store: RoomKeyStore, sessionId: string): Promise<RoomKeys | null> {
  try {
    return (await store.listForSession(sessionId))[0] ?? null;
  } catch {
    return null; // no IndexedDB (private mode): no live room, the plain link still works
  }
}

/** Creates a new room for the session and stores its keys; the server creates it on first connect. */
export async function startHostRoom(deps: HostRoomDeps, sessionId: string): Promise<RoomKeys> {
  const keys = roomKeysFor(await createRoom(), sessionId, deps.now());
  await deps.store.put(keys);
  return keys;
}

/** How a room ended, when the server refuses its id for good (room-auth.ts' tombstones). */
export type HostRoomEnd = 'deleted' | 'expired';

/** Whether a status says the room has ended; the owner's token cannot bring it back. */
export function roomEndOf(status: RoomStatus | null): HostRoomEnd | null {
  if (status?.state !== 'refused') return null;
  if (status.reason === 'room-deleted') return 'deleted';
  // The server forgets a room past its time to live, or (before tombstones) any deleted room.
  if (status.reason === 'room-expired' || status.reason === 'room-not-found') return 'expired';
  return null;
}

/**
 * A new room in place of one that ended: the old keys are forgotten (its links and printed cards
 * will not work again in any case) and a new id, room key and facilitator key pair are made.
 */
export async function replaceHostRoom(
  deps: HostRoomDeps,
  ended: RoomKeys,
  sessionId: string,
): Promise<RoomKeys> {
  await deps.store.remove(ended.roomId);
  return startHostRoom(deps, sessionId);
}

export type HostRoomCallbacks = Pick<ConnectRoomOptions, 'onStatus' | 'onNotes' | 'onSeats'>;

/**
 * A connection that ends once: a successful deleteRoom() already ends it, and the screen that
 * held it ends it again when it closes (Yjs complains about a second destroy).
 */
export function endingOnce(connection: RoomConnection): RoomConnection {
  let ended = false;
  return {
    ...connection,
    deleteRoom: async (timeoutMs) => {
      const deleted = await connection.deleteRoom(timeoutMs);
      if (deleted) ended = true;
      return deleted;
    },
    destroy: () => {
      if (ended) return;
      ended = true;
      connection.destroy();
    },
  };
}

/** Connects as the room's owner (`t.o`). */
export async function connectHostRoom(
  deps: HostRoomDeps,
  keys: RoomKeys,
  callbacks: HostRoomCallbacks,
): Promise<RoomConnection> {
  const token = await facilitatorToken(keys);
  return endingOnce(await deps.connect({ appBase: deps.appBase, roomId: keys.roomId, token, ...callbacks }));
}

/**
 * Deletes the room on the server, then forgets its keys. When the server no longer knows the room
 * (expired, or deleted from another tab) only the keys are forgotten. False when the server could
 * not be asked (offline): the keys stay, so the facilitator can try again.
 */
export async function deleteHostRoom(
  deps: HostRoomDeps,
  keys: RoomKeys,
  connection: RoomConnection | null,
  serverForgotIt: boolean,
): Promise<boolean> {
  const deleted = serverForgotIt || (connection !== null && (await connection.deleteRoom()));
  if (!deleted) return false; // (a deleted room's connection has already ended itself)
  await deps.store.remove(keys.roomId);
  return true;
}

/** What one change of the room's notes means for the wall. */
export type OpenedNotes = {
  /** Notes that opened and passed the hand-in schema, for this session only. */
  readonly notes: readonly Note[];
  readonly removed: readonly string[];
  /** Why envelopes were refused (tampered, foreign key, other session…); nothing of them is kept. */
  readonly failures: readonly RoomCryptoReason[];
};

/**
 * Opens every shared envelope of a change with the facilitator's private key. Each is hostile
 * input: it must decrypt under this room and note id (the AAD), be a valid hand-in note with that
 * id, and belong to this session's code; otherwise it is dropped and its reason reported.
 */
export async function openRoomNotes(
  keys: RoomKeys,
  sessionCode: string,
  change: RoomNotesChange,
): Promise<OpenedNotes> {
  const notes: Note[] = [];
  const failures: RoomCryptoReason[] = [];
  for (const [noteId, envelope] of change.upserted) {
    try {
      const note = await openNote(keys.privateKey, keys.roomId, noteId, envelope);
      if (note.sessionId === sessionCode) notes.push(note);
      else failures.push('invalid-content');
    } catch (error) {
      failures.push(error instanceof RoomCryptoError ? error.reason : 'decrypt-failed');
    }
  }
  return { notes, removed: change.removed, failures };
}

/** Encrypts the presenter's state with the room key and puts it in the room. */
export async function publishPresenter(
  keys: RoomKeys,
  connection: RoomConnection,
  state: PresenterRoomState,
): Promise<void> {
  connection.setPresenter(await encryptState(keys.roomKeyRaw, keys.roomId, state));
}
