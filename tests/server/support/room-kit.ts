// Real Node clients for the live room tests: Hocuspocus' own provider and Yjs, over `ws`
// (Node 20 has no WebSocket of its own), against the app's server on a free port.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterEach, beforeEach } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { startServer, type ServerHandle, type ServerOptions } from '../../../server/start.ts';

const base64url = (bytes: number) => randomBytes(bytes).toString('base64url');

/** A fresh room: its id, its room token `t` and its owner token `o`. */
export const newRoom = () => ({ id: base64url(16), t: base64url(32), o: base64url(32) });
export type TestRoom = ReturnType<typeof newRoom>;

export const tempDir = () => mkdtempSync(join(tmpdir(), 'kortstokk-room-'));

/** A controllable clock for the TTL and the message rate. */
export function testClock(start = Date.now()) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

/** The app's server with the room on, nothing to serve but /room. */
export const startRoomApp = (
  dataDir: string,
  room: Omit<NonNullable<ServerOptions['room']>, 'dataDir'> = {},
) => startServer({ root: join(dataDir, 'no-build'), host: '127.0.0.1', port: 0, room: { dataDir, ...room } });

export type Joined = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** 'synced', or the reason the server refused the token. */
  outcome: Promise<string>;
  /** The first close of the WebSocket, with its code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  leave(): void;
};

/** Joins room `id` on the server at `port` with a token (`t` or `t.o`). */
export function joinRoom(port: number, id: string, token: string): Joined {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}/room`,
    WebSocketPolyfill: WebSocket,
    // One attempt: a refused or closed client must not come back by itself during a test.
    maxAttempts: 1,
    delay: 60_000,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: id, token, document: doc });
  provider.attach();
  const outcome = new Promise<string>((done) => {
    provider.on('synced', () => done('synced'));
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => done(reason));
  });
  const closed = new Promise<{ code: number; reason: string }>((done) => {
    provider.on('close', ({ event }: { event: { code: number; reason: string } }) =>
      done({ code: event.code, reason: String(event.reason) }),
    );
  });
  return {
    doc,
    provider,
    outcome,
    closed,
    leave: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Resolves once `check` holds, looking again on every change of `doc`. */
export function whenDoc(doc: Y.Doc, check: () => boolean): Promise<void> {
  return new Promise((done) => {
    if (check()) return done();
    const look = () => {
      if (!check()) return;
      doc.off('update', look);
      done();
    };
    doc.on('update', look);
  });
}

type RoomAppOptions = Parameters<typeof startRoomApp>[1];

/**
 * A room server for every test of a file: before each, a fresh data folder and test clock (the
 * server's `now`, unless `testTime` is false) and the server started; after each, every client
 * that `enter` opened has left, the server is closed and the folder removed.
 */
export function roomServerPerTest({ testTime = true }: { testTime?: boolean } = {}) {
  let dir = '';
  let app: ServerHandle | undefined;
  let clock = testClock();
  const clients: Joined[] = [];
  const started = () => {
    if (!app) throw new Error('the room server has not started');
    return app;
  };
  const server = {
    get dir() {
      return dir;
    },
    get app() {
      return started();
    },
    get clock() {
      return clock;
    },
    /** Clients opened with `enter`, or pushed here to be left after the test. */
    clients,
    async start(options: RoomAppOptions = {}) {
      app = await startRoomApp(dir, testTime ? { now: clock.now, ...options } : options);
    },
    /** Every client leaves, the server closes and starts again on the same folder. */
    async restart(options: RoomAppOptions = {}) {
      for (const client of clients.splice(0)) client.leave();
      await started().close();
      await server.start(options);
    },
    /** Joins room `id` with a token (`t` or `t.o`). */
    enter(id: string, token: string) {
      const client = joinRoom(started().port, id, token);
      clients.push(client);
      return client;
    },
  };
  beforeEach(async () => {
    dir = tempDir();
    clock = testClock();
    await server.start();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.leave();
    await app?.close();
    app = undefined;
    rmSync(dir, { recursive: true, force: true });
  });
  return server;
}
