// Debian's redis-server for the two-server test, on a unix socket in a temp folder: no TCP
// port to find or to collide on, nothing written to disk.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The redis-server on PATH, or an error that says how to get it (CI must not skip the test). */
export function redisServerBinary(): string {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  if (!found) {
    throw new Error(
      'redis-server is missing: the two-server live room test needs it. ' +
        'Install it with `apt-get install redis-server` (.ci/run does this where it is missing).',
    );
  }
  return found;
}

export type RedisProcess = { socket: string; stop(): Promise<void> };

/** Starts redis-server with its socket in `dir`; resolves once it accepts connections. */
export function startRedis(dir: string): Promise<RedisProcess> {
  const socket = join(dir, 'redis.sock');
  const child = spawn(
    redisServerBinary(),
    [
      '--port',
      '0',
      '--unixsocket',
      socket,
      '--unixsocketperm',
      '700',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      fail(new Error(`redis-server did not get ready:\n${output}`));
    }, 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // «Ready to accept connections» (TCP) or «…ready to accept connections at <socket>».
      if (!/ready to accept connections/i.test(output)) return;
      clearTimeout(timer);
      done({ socket, stop });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`redis-server exited (${code}):\n${output}`));
    });
  });
}
