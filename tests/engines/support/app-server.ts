import { startServer } from '../../../server/start.ts';

// The one place the cross-engine suite starts the app: the app's own server (server/), serving
// the build as a host would (CSP header, no-cache for the page and the service worker). The
// journeys only see `origin` and `stop`.

export type AppServer = {
  /** e.g. http://127.0.0.1:41234 — loopback, so service workers and Web Crypto work. */
  readonly origin: string;
  /** Stops serving at once (open keep-alive connections too): the browser finds no server. */
  stop: () => Promise<void>;
};

/** Serves the build in `dir` on a free loopback port. */
export async function startApp(dir: string): Promise<AppServer> {
  const handle = await startServer({ root: dir, port: 0, host: '127.0.0.1' });
  let stopped: Promise<void> | null = null;
  return {
    origin: `http://127.0.0.1:${handle.port}`,
    stop: () => (stopped ??= handle.close()),
  };
}
