import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { resolve } from 'node:path';
import { ROOM_PATH, requestHandler } from './app.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from './listen.ts';
import { ROOM_DEFAULTS, type RoomOptions } from './room/room-options.ts';
import { startRoomServer, type RoomServer } from './room/room-server.ts';

export type ServerOptions = {
  /** The build folder to serve (default `dist`), relative to the working directory. */
  root?: string;
  host?: string;
  /** 0 takes a free port; the handle says which. */
  port?: number;
  /**
   * The live room at /room (WebSocket and `GET /room`): its options (`dataDir` at least, the
   * rest defaults to ROOM_DEFAULTS), or absent for no room.
   */
  room?: Partial<RoomOptions> & Pick<RoomOptions, 'dataDir'>;
};

export type ServerHandle = {
  /** The Node server itself: the HTTP handler, and the live room's WebSocket `upgrade` listener. */
  readonly server: Server;
  /** The live room, when it is on: its TTL sweep is here for tests. */
  readonly room: RoomServer | null;
  readonly host: string;
  /** The port it listens on (the one the system chose, for port 0). */
  readonly port: number;
  /** The folder being served now. */
  readonly root: string;
  /**
   * Serves another build from now on, on the same port and connections: a host publishing a
   * new version (the update tests swap `dist` for `dist-next` this way).
   */
  setRoot(dir: string): void;
  /** Stops listening and closes every open connection; resolves once the server is closed. */
  close(): Promise<void>;
};

/** Starts the app's server; resolves once it listens, rejects when it (or its room) cannot start. */
export async function startServer({
  root = 'dist',
  host = DEFAULT_HOST,
  port = DEFAULT_PORT,
  room: roomOptions,
}: ServerOptions = {}): Promise<ServerHandle> {
  let current = resolve(root);
  const handle = requestHandler(() => current, { room: roomOptions !== undefined });
  const server = createServer((req, res) => void handle(req, res));
  const room = roomOptions ? startRoomServer({ ...ROOM_DEFAULTS, ...roomOptions }) : null;
  // Without a room there is no listener, and Node refuses every upgrade itself.
  if (room) {
    server.on('upgrade', (req, socket, head: Buffer) => {
      if (pathOf(req.url) === ROOM_PATH && sameOrigin(req)) room.handleUpgrade(req, socket, head);
      else socket.destroy();
    });
  }
  // Every connection, upgraded ones (WebSockets) included: the server forgets those once they
  // are upgraded, and close() would wait for them for ever.
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return new Promise((done, fail) => {
    const notListening = (error: Error) => {
      void room?.close();
      fail(error);
    };
    server.once('error', notListening);
    server.listen(port, host, () => {
      server.off('error', notListening);
      done({
        server,
        room,
        host,
        port: (server.address() as AddressInfo).port,
        get root() {
          return current;
        },
        setRoot(dir) {
          current = resolve(dir);
        },
        close: async () => {
          // The room first: it stores what is pending while its connections are still there.
          await room?.close();
          await new Promise<void>((closed, failed) => {
            server.close((error) => (error ? failed(error) : closed()));
            for (const socket of sockets) socket.destroy();
          });
        },
      });
    });
  });
}

const pathOf = (url = '/') => new URL(url, 'http://localhost').pathname;

/**
 * A browser names the page that opens a WebSocket in `Origin`: only the app's own pages may
 * join (a foreign page holding a stolen link still has no business here). Clients that are no
 * browser send none. Host names are compared without ports: a TLS proxy passes on the name
 * alone (nginx's `$host`).
 */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).hostname === new URL(`http://${req.headers.host ?? ''}`).hostname;
  } catch {
    return false;
  }
}
