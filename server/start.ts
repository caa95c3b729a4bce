import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { resolve } from 'node:path';
import { requestHandler } from './app.ts';
import { DEFAULT_HOST, DEFAULT_PORT } from './listen.ts';

export type ServerOptions = {
  /** The build folder to serve (default `dist`), relative to the working directory. */
  root?: string;
  host?: string;
  /** 0 takes a free port; the handle says which. */
  port?: number;
};

export type ServerHandle = {
  /**
   * The Node server itself: the live room (a later issue) adds its WebSocket `upgrade`
   * listener here, next to the HTTP handler.
   */
  readonly server: Server;
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

/** Starts the app's server; resolves once it listens. */
export function startServer({
  root = 'dist',
  host = DEFAULT_HOST,
  port = DEFAULT_PORT,
}: ServerOptions = {}): Promise<ServerHandle> {
  let current = resolve(root);
  const handle = requestHandler(() => current);
  const server = createServer((req, res) => void handle(req, res));
  // Every connection, upgraded ones (WebSockets) included: the server forgets those once they
  // are upgraded, and close() would wait for them for ever.
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done({
        server,
        host,
        port: (server.address() as AddressInfo).port,
        get root() {
          return current;
        },
        setRoot(dir) {
          current = resolve(dir);
        },
        close: () =>
          new Promise<void>((closed, failed) => {
            server.close((error) => (error ? failed(error) : closed()));
            for (const socket of sockets) socket.destroy();
          }),
      });
    });
  });
}
