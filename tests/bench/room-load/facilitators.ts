import { monitorEventLoopDelay } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import type { RoomStatus } from '../../../src/domain/room/room-status.ts';
import { openRoomNotes, publishPresenter } from '../../../src/lib/room/host-room.ts';
import { facilitatorToken, roomLinkOf } from '../../../src/lib/room/room-access.ts';
import { connectRoom, type RoomConnection } from '../../../src/lib/room/room-connection.ts';
import { createRoom } from '../../../src/lib/room/room-crypto.ts';
import { roomKeysFor } from '../../../src/lib/room/room-keys-backup.ts';
import type { RoomKeys } from '../../../src/storage/room-keys.ts';
import { now, type RoomInvite } from './plan.ts';

export { ROOM_LOAD } from './plan.ts';

/**
 * The facilitators of the room load: one per room, each with the app's own code as the session
 * screen and notes wall use it: createRoom (Web Crypto keys), the owner token, connectRoom
 * (Hocuspocus provider + Yjs over `ws`), openRoomNotes with the private key, and
 * publishPresenter for the presenter's moves. Bundled for Node by scripts/bench/room-load.mjs.
 */

type Host = { keys: RoomKeys; sessionCode: string; connection: RoomConnection; step: number };

export type Facilitators = {
  readonly invites: readonly RoomInvite[];
  /** Note id → when the facilitator's client had it decrypted (see `now`). */
  readonly received: ReadonlyMap<string, number>;
  /** Envelopes that did not open, by reason. */
  readonly failures: ReadonlyMap<string, number>;
  readonly drops: () => number;
  /** Starts moving the presenter in every room (every `everyMs`); returns the stop. */
  movePresenters(everyMs: number): () => void;
  readonly moves: () => number;
  eventLoopDelayP99Ms(): number;
  close(): void;
};

const sessionCodeOf = (i: number) => `BENCH${String(i).padStart(2, '0')}`;

/** Creates `rooms` rooms on the server at `appBase` and connects their facilitators. */
export async function startFacilitators(appBase: string, rooms: number): Promise<Facilitators> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const received = new Map<string, number>();
  const failures = new Map<string, number>();
  let drops = 0;
  let moves = 0;
  const hosts: Host[] = [];
  for (let i = 0; i < rooms; i += 1) {
    const sessionCode = sessionCodeOf(i);
    const keys = roomKeysFor(await createRoom(), sessionCode, Date.now());
    const token = await facilitatorToken(keys);
    let connected: () => void = () => undefined;
    let refused: (reason: string) => void = () => undefined;
    const ready = new Promise<void>((resolve, reject) => {
      connected = resolve;
      refused = (reason) => reject(new Error(`facilitator ${i} refused: ${reason}`));
    });
    let wasConnected = false;
    const onStatus = (status: RoomStatus) => {
      if (status.state === 'connected') {
        wasConnected = true;
        connected();
      } else if (status.state === 'refused') refused(status.reason);
      else if (wasConnected) drops += 1;
    };
    const connection = connectRoom({
      appBase,
      roomId: keys.roomId,
      token,
      onStatus,
      onNotes: (change) => {
        void openRoomNotes(keys, sessionCode, change).then(({ notes, failures: failed }) => {
          const at = now();
          for (const note of notes) if (!received.has(note.id)) received.set(note.id, at);
          for (const reason of failed) failures.set(reason, (failures.get(reason) ?? 0) + 1);
        });
      },
      WebSocketPolyfill: WebSocket,
    });
    await ready;
    hosts.push({ keys, sessionCode, connection, step: 0 });
  }
  return {
    invites: hosts.map((h) => ({ link: roomLinkOf(h.keys), sessionCode: h.sessionCode })),
    received,
    failures,
    drops: () => drops,
    movePresenters(everyMs) {
      const move = (host: Host) => {
        host.step += 1;
        // Like a speed-date step: a new round with a fresh 2-minute timer, started now.
        const timer = {
          durationMs: 120_000,
          extendedMs: 0,
          startedAt: Date.now(),
          pausedAt: null,
          pausedTotalMs: 0,
        };
        void publishPresenter(host.keys, host.connection, {
          step: host.step % 12,
          round: host.step % 5,
          timer,
        });
        moves += 1;
      };
      // Rooms are not in step with each other: each moves at its own offset within the period.
      const timers = hosts.map((host, i) =>
        setTimeout(
          () => {
            move(host);
            timers[i] = setInterval(() => move(host), everyMs);
          },
          (i * everyMs) / hosts.length,
        ),
      );
      return () => timers.forEach((timer) => clearTimeout(timer));
    },
    moves: () => moves,
    eventLoopDelayP99Ms: () => delay.percentile(99) / 1e6,
    close() {
      delay.disable();
      for (const host of hosts) host.connection.destroy();
    },
  };
}
