import type { Server } from 'node:http';
import { startServer } from '../../../scripts/serve.mjs';

// The one place the cross-engine suite starts the app: the built app served as a host would serve
// it (CSP header, no-cache for the page and the service worker). Repoint this module when the
// app's server changes; the journeys only see `origin` and `stop`.

export type AppServer = {
  /** e.g. http://127.0.0.1:41234 — loopback, so service workers and Web Crypto work. */
  readonly origin: string;
  /** Stops serving at once (open keep-alive connections too): the browser finds no server. */
  stop: () => Promise<void>;
};

/** Serves the build in `dir` on a free loopback port. */
export async function startApp(dir: string): Promise<AppServer> {
  const server: Server = await startServer({ dir, port: 0, host: '127.0.0.1' });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the app server has no port');
  let stopped = false;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    stop: () =>
      new Promise<void>((done) => {
        if (stopped) return done();
        stopped = true;
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
