import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { RoomStatus } from '../domain/room/room-status.ts';
import { currentAppBase } from '../lib/app-base.ts';
import {
  connectHostRoom,
  deleteHostRoom,
  findHostRoom,
  loadAndConnect,
  startHostRoom,
  type HostRoomDeps,
} from '../lib/room/host-room.ts';
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
  /** Phones connected now (awareness seats; the facilitator sets none). */
  readonly seats: number;
  readonly connection: RoomConnection | null;
  /** Creates and connects a new room for the session. */
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

function defaultDeps(): HostRoomDeps {
  return { appBase: currentAppBase(), store: getRoomKeyStore(), connect: loadAndConnect, now: Date.now };
}

/**
 * Finds the session's live room on this device and keeps it connected while the screen is open
 * (after a reload the room comes back from the key store). Several screens may each hold a
 * connection of the same room; the server counts them as one owner's devices.
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
    let opened: RoomConnection | null = null;
    void connectHostRoom(deps(), keys, {
      onStatus: (next) => {
        if (live) setStatus(next);
      },
      onSeats: (list) => {
        if (live) setSeats(list.length);
      },
      onNotes: (change) => {
        if (live) onNotes(change, keys);
      },
    })
      .then((connected) => {
        if (!live) return connected.destroy();
        opened = connected;
        setConnection(connected);
      })
      .catch(() => {
        if (live) setStatus({ state: 'offline' }); // the room's code could not load (offline, no cache)
      });
    return () => {
      live = false;
      opened?.destroy();
      setConnection(null);
      setStatus(null);
      setSeats(0);
    };
    // deps() is stable for the hook's life.
  }, [keys]);

  return {
    loaded: found !== null && found.sessionId === sessionId,
    keys,
    status,
    seats,
    connection,
    start: async () => {
      if (sessionId === null) return;
      const created = await startHostRoom(deps(), sessionId);
      setFound({ sessionId, keys: created });
    },
    remove: async () => {
      if (keys === null || sessionId === null) return true;
      const gone = status?.state === 'refused' && status.reason === 'room-not-found';
      const deleted = await deleteHostRoom(deps(), keys, connection, gone);
      if (deleted) setFound({ sessionId, keys: null });
      return deleted;
    },
  };
}
