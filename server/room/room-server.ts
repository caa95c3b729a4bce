import type { IncomingMessage } from 'node:http';
import { mkdirSync } from 'node:fs';
import type { Duplex } from 'node:stream';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Throttle } from '@hocuspocus/extension-throttle';
import { Hocuspocus, type Extension, type onStatelessPayload } from '@hocuspocus/server';
import { Redis } from 'ioredis';
import { WebSocketServer } from 'ws';
import { clientAddress } from './client-address.ts';
import { authenticate, expired } from './room-auth.ts';
import { checkCaps } from './room-caps.ts';
import { limitMessageRate } from './message-rate.ts';
import { roomDatabase, type RoomOptions } from './room-options.ts';
import { RoomStore, type RoomEnd } from './room-store.ts';
import { roomLabel } from './room-tokens.ts';

/** The stateless message an owner sends to delete the room at once. */
export const DELETE_ROOM = JSON.stringify({ type: 'delete-room' });
/**
 * The stateless message every connection of a room gets just before the room is deleted (on
 * other processes too, through Redis). Clients cannot send it: room-caps.ts refuses their
 * broadcasts.
 */
export const ROOM_DELETED = JSON.stringify({ type: 'room-deleted' });

export type RoomServer = {
  /** Takes a WebSocket upgrade request for `/room`. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /**
   * Deletes every room past its time to live (leaving tombstones), and forgets tombstones older
   * than `tombstoneMs`; resolves with how many rooms.
   */
  sweep(): Promise<number>;
  /** Closes every room connection, stores what is pending, and closes the file. */
  close(): Promise<void>;
};

const redisClient = (url: string) => () =>
  /^rediss?:\/\//.test(url) ? new Redis(url) : new Redis({ path: url });

/** The live room: Hocuspocus with the contract's auth, caps, TTL and delete, on SQLite. */
export function startRoomServer(options: RoomOptions): RoomServer {
  try {
    mkdirSync(options.dataDir, { recursive: true });
  } catch (error) {
    // A read-only working folder (systemd's ProtectSystem) is the usual cause: say what to set.
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The live room cannot keep its rooms in «${options.dataDir}» (${why}): set ` +
        'KORTSTOKK_DATA_DIR to a folder it may write, or KORTSTOKK_ROOM=off.',
    );
  }
  const store = new RoomStore(roomDatabase(options.dataDir));
  const deleteRoom = async (id: string, ended: RoomEnd) => {
    await store.remove(id, { ended, at: options.now(), maxTombstones: options.maxTombstones });
    hocuspocus.documents.get(id)?.broadcastStateless(ROOM_DELETED);
    hocuspocus.closeConnections(id);
    console.log(`Room ${roomLabel(id)} deleted.`);
  };

  let closing = false;
  const guard: Extension = {
    // Above the Redis extension (1000), which stops the chain on the process that lacks the lock.
    priority: 1100,
    onAuthenticate: authenticate(store, options),
    beforeHandleMessage: checkCaps(options),
    async onStateless({ connection, documentName, payload }: onStatelessPayload) {
      const owner = (connection.context as { owner?: boolean }).owner === true;
      if (owner && payload === DELETE_ROOM) await deleteRoom(documentName, 'deleted');
    },
    // A room deleted by another process loses its connections here too (the store itself
    // writes nothing for a room that is not indexed: RoomStore).
    async onStoreDocument({ documentName }) {
      // A store Hocuspocus runs while or after the server closes finds the file closed.
      if (closing) return;
      let room: Awaited<ReturnType<typeof store.find>>;
      try {
        room = await store.find(documentName);
      } catch {
        return; // the file is busy or closing: the next store asks again
      }
      if (!room || expired(room.createdAt, options)) hocuspocus.closeConnections(documentName);
    },
  };

  const extensions: Extension[] = [
    guard,
    new Throttle({ throttle: options.maxConnectsPerMinute, consideredSeconds: 60, banTime: 1 }),
    store,
  ];
  if (options.redisUrl) extensions.push(new RedisExtension({ createClient: redisClient(options.redisUrl) }));
  // The hooks above reach it only once connections come, after this line.
  const hocuspocus = new Hocuspocus({ quiet: true, extensions });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  // Rooms that expired while the server was down go at once, not at the first interval.
  const firstSweep = sweep().catch(report);
  const sweepTimer = setInterval(() => void sweep().catch(report), options.sweepEveryMs);
  sweepTimer.unref();

  async function sweep() {
    const ids = await store.createdBefore(options.now() - options.ttlMs);
    for (const id of ids) await deleteRoom(id, 'expired');
    await store.forgetEndedBefore(options.now() - options.tombstoneMs);
    return ids.length;
  }

  return {
    handleUpgrade(req, socket, head) {
      // Hocuspocus' throttle reads X-Real-IP, then X-Forwarded-For, then the socket: only the
      // address client-address.ts trusts is left for it, so a client cannot name its own.
      req.headers['x-real-ip'] = clientAddress(req.socket.remoteAddress, req.headers['x-real-ip']);
      delete req.headers['x-forwarded-for'];
      sockets.handleUpgrade(req, socket, head, (ws) => {
        limitMessageRate(ws, options.maxMessagesPerSecond, options.now);
        // A refused or broken connection is closed; its error is no reason to stop the server.
        ws.on('error', () => ws.terminate());
        hocuspocus.handleConnection(ws, req);
      });
    },
    sweep,
    async close() {
      closing = true;
      clearInterval(sweepTimer);
      await firstSweep;
      await closeAll(hocuspocus);
      sockets.close();
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      await store.close();
    },
  };
}

const report = (error: unknown) =>
  console.error(`Room sweep: ${error instanceof Error ? error.message : error}`);

/** Closes every connection and waits until every document is stored and unloaded. */
function closeAll(hocuspocus: Hocuspocus): Promise<void> {
  return new Promise((done) => {
    if (hocuspocus.getDocumentsCount() === 0) return done();
    hocuspocus.configuration.extensions.push({
      async afterUnloadDocument({ instance }) {
        if (instance.getDocumentsCount() === 0) done();
      },
    });
    hocuspocus.closeConnections();
    // Stores still waiting for their debounce run now: a document unloads only once stored.
    for (const name of hocuspocus.documents.keys()) {
      const id = `onStoreDocument-${name}`;
      if (!hocuspocus.debouncer.isDebounced(id)) continue;
      // Its failure is Hocuspocus' to log; here it must not become an unhandled rejection.
      Promise.resolve(hocuspocus.debouncer.executeNow(id)).catch(() => undefined);
    }
  });
}
