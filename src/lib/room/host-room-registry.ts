import type { RoomStatus } from '../../domain/room/room-status.ts';
import type { RoomKeys } from '../../storage/room-keys.ts';
import type { HostRoomCallbacks } from './host-room.ts';
import type { RoomConnection } from './room-connection.ts';
import type { RoomNotesChange } from './room-doc.ts';

/**
 * One owner connection per room per tab. The session screen, the notes wall and the presenter
 * each want the room; each opening its own connection meant several sockets from one tab, each
 * authenticating and syncing the whole document again. Screens acquire a lease instead: the
 * first opens the connection, later ones share it (and are told its state at once), and the
 * last release closes it, a moment later, so moving from one room screen to the next (which
 * releases, looks up the keys, then acquires) keeps the socket.
 */

/** What a screen hears from the shared connection. */
export type HostRoomListener = {
  readonly onStatus?: (status: RoomStatus) => void;
  readonly onSeats?: (seats: readonly string[]) => void;
  /** Changes of the notes; a screen that joins late first gets every note already there. */
  readonly onNotes?: (change: RoomNotesChange) => void;
};

export type HostRoomLease = {
  /** The shared connection; rejects when it cannot be opened (the room's code did not load). */
  readonly connection: Promise<RoomConnection>;
  /** Done with the room: the connection closes once nobody holds it. Twice is once. */
  release(): void;
};

export type HostRoomRegistry = {
  acquire(keys: RoomKeys, listener: HostRoomListener): HostRoomLease;
  /** Leases held now on a room (0 when its connection is closed or closing). */
  holders(roomId: string): number;
};

export type HostRoomRegistryDeps = {
  /** Opens the owner's connection (connectHostRoom with the app's deps). */
  readonly open: (keys: RoomKeys, callbacks: HostRoomCallbacks) => Promise<RoomConnection>;
  /** Runs `close` later unless the returned function cancels it first. */
  readonly later: (close: () => void) => () => void;
};

/** How long a room no screen holds keeps its socket: longer than a move between its screens. */
export const HOST_ROOM_LINGER_MS = 15_000;

export const lingerFor =
  (ms: number) =>
  (close: () => void): (() => void) => {
    const timer = setTimeout(close, ms);
    return () => clearTimeout(timer);
  };

type Entry = {
  readonly listeners: Set<HostRoomListener>;
  status: RoomStatus | null;
  seats: readonly string[];
  /** The connection once open (for the notes a late screen is handed). */
  opened: RoomConnection | null;
  /** The connection itself (the registry's to destroy) and the one screens get. */
  raw: Promise<RoomConnection>;
  connection: Promise<RoomConnection>;
  cancelClose: (() => void) | null;
};

export function createHostRoomRegistry(deps: HostRoomRegistryDeps): HostRoomRegistry {
  const entries = new Map<string, Entry>();
  const current = (roomId: string, entry: Entry) => entries.get(roomId) === entry;
  const tell = (roomId: string, entry: Entry, call: (listener: HostRoomListener) => void) => {
    if (current(roomId, entry)) entry.listeners.forEach(call);
  };

  const close = (roomId: string, entry: Entry) => {
    if (current(roomId, entry)) entries.delete(roomId);
    entry.cancelClose?.();
    entry.cancelClose = null;
    entry.raw.then((c) => c.destroy()).catch(() => undefined);
  };

  /**
   * The connection as screens get it: destroy() is the registry's (a screen releases instead),
   * and a deleted room ends the entry, telling every screen of the tab that holds it.
   */
  const shared = (roomId: string, entry: Entry, connection: RoomConnection): RoomConnection => ({
    ...connection,
    deleteRoom: async (timeoutMs) => {
      const deleted = await connection.deleteRoom(timeoutMs);
      if (deleted && current(roomId, entry)) {
        const ended: RoomStatus = { state: 'refused', reason: 'room-deleted' };
        entry.status = ended;
        tell(roomId, entry, (l) => l.onStatus?.(ended));
        close(roomId, entry);
      }
      return deleted;
    },
    destroy: () => undefined,
  });

  const open = (keys: RoomKeys): Entry => {
    const { roomId } = keys;
    // Replaced below, once the entry the callbacks speak to is in place.
    const pending = new Promise<RoomConnection>(() => undefined);
    const entry: Entry = {
      listeners: new Set(),
      status: null,
      seats: [],
      opened: null,
      raw: pending,
      connection: pending,
      cancelClose: null,
    };
    entries.set(roomId, entry);
    entry.raw = deps
      .open(keys, {
        onStatus: (status) => {
          entry.status = status;
          tell(roomId, entry, (l) => l.onStatus?.(status));
        },
        onSeats: (seats) => {
          entry.seats = seats;
          tell(roomId, entry, (l) => l.onSeats?.(seats));
        },
        onNotes: (change) => tell(roomId, entry, (l) => l.onNotes?.(change)),
      })
      .then((connection) => (entry.opened = connection));
    entry.connection = entry.raw.then((connection) => shared(roomId, entry, connection));
    // A failed open is not kept: the next screen tries again.
    entry.connection.catch(() => {
      if (current(roomId, entry)) entries.delete(roomId);
    });
    return entry;
  };

  return {
    acquire(keys, listener) {
      const entry = entries.get(keys.roomId) ?? open(keys);
      entry.cancelClose?.();
      entry.cancelClose = null;
      entry.listeners.add(listener);
      // What the others already know, so this screen does not wait for the next change.
      if (entry.status !== null) listener.onStatus?.(entry.status);
      if (entry.seats.length > 0) listener.onSeats?.(entry.seats);
      const notes = entry.opened?.notes();
      if (notes !== undefined && notes.size > 0) listener.onNotes?.({ upserted: notes, removed: [] });
      let held = true;
      return {
        connection: entry.connection,
        release: () => {
          if (!held) return;
          held = false;
          entry.listeners.delete(listener);
          if (entry.listeners.size > 0 || !current(keys.roomId, entry)) return;
          entry.cancelClose = deps.later(() => close(keys.roomId, entry));
        },
      };
    },
    holders: (roomId) => entries.get(roomId)?.listeners.size ?? 0,
  };
}
