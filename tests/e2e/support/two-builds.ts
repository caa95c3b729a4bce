import { test } from '@playwright/test';
import { startServer, type ServerHandle } from '../../../server/start.ts';

/**
 * Two real builds on one origin, as a host publishing a new version: `serve(dist)` first, then
 * `serve(next)` swaps the folder the same server serves (same port, same connections). Each
 * worker that runs the spec has its own server on a free port (the spec's baseURL), closed after
 * the spec's tests; nothing waits for a port to come free.
 */
export function twoBuilds() {
  const dist = process.env.KORTSTOKK_E2E_DIST ?? 'dist';
  let server: Promise<ServerHandle> | null = null;
  const running = () => (server ??= startServer({ root: dist, port: 0 }));
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from it
  test.use({ baseURL: async ({}, use) => use(`http://localhost:${(await running()).port}/`) });
  test.afterAll(async () => {
    await (await server)?.close();
    server = null;
  });
  return {
    dist,
    next: `${dist}-next`,
    async serve(dir: string) {
      (await running()).setRoot(dir);
    },
  };
}
