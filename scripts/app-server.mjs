// The app's own server (server/) for the measuring scripts, compiled first as `npm run build`
// does, so a change to the server is never measured stale. Resolves to its handle
// ({ port, setRoot(dir), close() }; server/start.ts).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');

/** Starts the server on `root` (a build folder) and `port` (0: a free one), on 127.0.0.1. */
export async function startAppServer({ root = 'dist', port = 0 } = {}) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'server'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const { startServer } = await import(pathToFileURL(resolve(ROOT, 'build/server/start.js')).href);
  return startServer({ root, port });
}
