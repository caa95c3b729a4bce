import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The app's own server as people run it (`node build/server/main.js <dist>`, built by the
 * config's webServer step), started by a spec itself so the spec can stop it and start it again
 * on the same port and data folder mid-session. The first start takes a free port (PORT=0) and
 * reads the one it got from the server's own «serves … at» lines.
 */
export type AppServer = {
  /** `http://localhost:<port>`, the origin the browser contexts use. */
  readonly origin: string;
  readonly port: number;
  /** The room's storage folder (KORTSTOKK_DATA_DIR), fresh for this server. */
  readonly dataDir: string;
  /** Stops the process (SIGTERM, as `systemctl stop` does) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same data folder. */
  start(): Promise<void>;
  /** Stops it and removes its data folder. */
  dispose(): Promise<void>;
};

const DIST = process.env.KORTSTOKK_E2E_DIST ?? 'dist';

type Launch = { port: number; dataDir: string; room: boolean };

function launch({ port, dataDir, room }: Launch): Promise<{ child: ChildProcess; port: number }> {
  const env = { ...process.env, HOST: '127.0.0.1', PORT: String(port), KORTSTOKK_DATA_DIR: dataDir };
  const child = spawn(process.execPath, ['build/server/main.js', DIST], {
    env: room ? env : { ...env, KORTSTOKK_ROOM: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the app server did not start:\n${output}`));
    }, 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // main.js prints its address, then «Ctrl+C stops it.» once it listens.
      const listening = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (listening && output.includes('Ctrl+C')) {
        clearTimeout(timer);
        resolve({ child, port: Number(listening[1]) });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the app server exited (${code}):\n${output}`));
    });
  });
}

const stopChild = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });

/** Starts the server; `room: false` turns the live room off (KORTSTOKK_ROOM=off), as a static host. */
export async function startAppServer({ room = true } = {}): Promise<AppServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kortstokk-together-'));
  let running: ChildProcess | null = null;
  const first = await launch({ port: 0, dataDir, room });
  running = first.child;
  const port = first.port;
  const stop = async () => {
    if (running !== null) await stopChild(running);
    running = null;
  };
  return {
    origin: `http://localhost:${port}`,
    port,
    dataDir,
    stop,
    async start() {
      if (running !== null) return;
      running = (await launch({ port, dataDir, room })).child;
    },
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's own error lines for the room's WebSocket while this server is stopped on purpose:
 * Chromium logs every WebSocket that cannot connect as a console error, and a page cannot keep it
 * from doing so (nor can it learn that the server is down without trying: a failed fetch is
 * logged the same way). Only «connection refused» on this server's /room is allowed, which can
 * happen only while nothing listens on its port, i.e. while the spec has stopped it.
 */
export function serverDownErrors(server: AppServer): RegExp[] {
  const socket = `ws://localhost:${server.port}/room`.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return [new RegExp(`^WebSocket connection to '${socket}' failed: .*net::ERR_CONNECTION_REFUSED$`)];
}

/** Every file under `dir` (the SQLite database and its -wal/-shm files included), read as bytes. */
export function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, bytes: readFileSync(path) }));
}
