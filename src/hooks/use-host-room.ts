import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { RoomLink } from '../domain/room/room-link.ts';
import type { RoomStatus } from '../domain/room/room-status.ts';
import { currentAppBase } from '../lib/app-base.ts';
import {
  connectHostRoom,
  deleteHostRoom,
  findHostRoom,
  loadAndConnect,
  replaceHostRoom,
  roomEndOf,
  startHostRoom,
  type HostRoomDeps,
  type HostRoomEnd,
} from '../lib/room/host-room.ts';
import {
  createHostRoomRegistry,
  HOST_ROOM_LINGER_MS,
  lingerFor,
  type HostRoomRegistry,
} from '../lib/room/host-room-registry.ts';
import { roomLinkOf } from '../lib/room/room-access.ts';
import type { RoomConnection } from '../lib/room/room-connection.ts';
import type { RoomNotesChange } from '../lib/room/room-doc.ts';
import { getRoomKeyStore, type RoomKeys } from '../storage/room-keys.ts';

/** The facilitator's live room of one session, as a screen sees it. */
export type HostRoom = {
  /** Whether the session's stored room has been looked for yet. */
  readonly loaded: boolean;
  readonly keys: RoomKeys | null;
  /** Null until a connection is under way. */
  readonly status: RoomStatus | null;
  /** How the room ended (the server refuses it for good), or null while it lives. */
  readonly ended: HostRoomEnd | null;
  /**
   * The room's `r`, `rk` and `fk` for join links (QR code, address, seat cards): null without a
   * room, and once it has ended (its links no longer work: the plain link is better).
   */
  readonly link: RoomLink | null;
  /** Phones connected now (awareness seats; the facilitator sets none). */
  readonly seats: number;
  readonly connection: RoomConnection | null;
  /** Creates and connects a new room for the session (in place of one that ended). */
  start(): Promise<void>;
  /** Deletes the room on the server and forgets it here; false when the server could not be asked. */
  remove(): Promise<boolean>;
};

export type UseHostRoomOptions = {
  /** Each change of the shared notes, with the keys that open them. */
  readonly onNotes?: (change: RoomNotesChange, keys: RoomKeys) => void;
  /** Injected in tests: the store, the connection and the clock. */
  readonly deps?: HostRoomDeps;
};

let appDeps: HostRoomDeps | null = null;
/** The app's own deps: one object, so every screen of the tab shares one registry. */
function defaultDeps(): HostRoomDeps {
  return (appDeps ??= {
    appBase: currentAppBase(),
    store: getRoomKeyStore(),
    connect: loadAndConnect,
    now: Date.now,
  });
}

const registries = new WeakMap<HostRoomDeps, HostRoomRegistry>();
/** One registry per deps: the app's is the tab's, a test's is its own. */
function registryFor(deps: HostRoomDeps): HostRoomRegistry {
  let registry = registries.get(deps);
  if (registry === undefined) {
    registry = createHostRoomRegistry({
      open: (keys, callbacks) => connectHostRoom(deps, keys, callbacks),
      later: deps.later ?? lingerFor(HOST_ROOM_LINGER_MS),
    });
    registries.set(deps, registry);
  }
  return registry;
}

/**
 * Finds the session's live room on this device and keeps it connected while the screen is open
 * (after a reload the room comes back from the key store). Every screen of the tab shares one
 * owner connection per room (host-room-registry.ts), kept a moment after the last one closes.
 */
export function useHostRoom(sessionId: string | null, options: UseHostRoomOptions = {}): HostRoom {
  const depsRef = useRef<HostRoomDeps | null>(options.deps ?? null);
  const deps = () => (depsRef.current ??= defaultDeps());
  const [found, setFound] = useState<{ sessionId: string; keys: RoomKeys | null } | null>(null);
  const [status, setStatus] = useState<RoomStatus | null>(null);
  const [seats, setSeats] = useState(0);
  const [connection, setConnection] = useState<RoomConnection | null>(null);
  const onNotes = useEffectEvent((change: RoomNotesChange, keys: RoomKeys) =>
    options.onNotes?.(change, keys),
  );

  useEffect(() => {
    if (sessionId === null) return;
    let live = true;
    void findHostRoom(deps().store, sessionId).then((keys) => {
      if (live) setFound({ sessionId, keys });
    });
    return () => {
      live = false;
    };
    // deps() is stable for the hook's life.
  }, [sessionId]);

  const keys = found !== null && found.sessionId === sessionId ? found.keys : null;
  useEffect(() => {
    if (keys === null) return;
    let live = true;
    const lease = registryFor(deps()).acquire(keys, {
      onStatus: (next) => {
        if (live) setStatus(next);
      },
      onSeats: (list) => {
        if (live) setSeats(list.length);
      },
      onNotes: (change) => {
        if (live) onNotes(change, keys);
      },
    });
    lease.connection
      .then((connected) => {
        if (live) setConnection(connected);
      })
      .catch(() => {
        if (live) setStatus({ state: 'offline' }); // the room's code could not load (offline, no cache)
      });
    return () => {
      live = false;
      lease.release();
      setConnection(null);
      setStatus(null);
      setSeats(0);
    };
    // deps() is stable for the hook's life.
  }, [keys]);

  const ended = keys === null ? null : roomEndOf(status);
  return {
    loaded: found !== null && found.sessionId === sessionId,
    keys,
    status,
    ended,
    link: keys !== null && ended === null ? roomLinkOf(keys) : null,
    seats,
    connection,
    start: async () => {
      if (sessionId === null) return;
      const created =
        keys === null
          ? await startHostRoom(deps(), sessionId)
          : await replaceHostRoom(deps(), keys, sessionId);
      setFound({ sessionId, keys: created });
    },
    remove: async () => {
      if (keys === null || sessionId === null) return true;
      const deleted = await deleteHostRoom(deps(), keys, connection, ended !== null);
      if (deleted) setFound({ sessionId, keys: null });
      return deleted;
    },
  };
}
