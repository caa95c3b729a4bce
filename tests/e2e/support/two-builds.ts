import type { Server } from 'node:http';
import { test } from '@playwright/test';
import { startServer } from '../../../scripts/serve.mjs';

/**
 * Two real builds on one origin, as a host publishing a new version: `serve(dist)` first, then
 * `serve(next)` swaps the files behind the same port. Each spec passes its own port offset so
 * the specs can run side by side. Registers its own afterEach that stops the server.
 */
export function twoBuilds(portOffset: number) {
  const port = Number(process.env.KORTSTOKK_E2E_PORT ?? 4173) + portOffset;
  const dist = process.env.KORTSTOKK_E2E_DIST ?? 'dist';
  let server: Server | null = null;
  const stop = () => new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  test.afterEach(async () => {
    await stop();
    server = null;
  });
  return {
    origin: `http://localhost:${port}/`,
    dist,
    next: `${dist}-next`,
    async serve(dir: string) {
      await stop();
      server?.closeAllConnections();
      server = await startServer({ dir, port });
    },
  };
}
