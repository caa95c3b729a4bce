// The app's built server (`node build/server/main.js`) as a child process of its own, so what it
// costs is its own: resident memory from /proc/PID/status (VmRSS now, VmHWM the kernel's peak)
// and CPU time from /proc/PID/stat. Its own temporary KORTSTOKK_DATA_DIR, a free port (PORT=0,
// read back from what it prints), the room on, no Redis.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux (getconf CLK_TCK)

/** Starts `entry` serving `root`; resolves with its handle once it listens. */
export function startServerProcess({ entry, root }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kortstokk-bench-room-'));
  const env = { ...process.env, HOST: '127.0.0.1', PORT: '0', KORTSTOKK_DATA_DIR: dataDir };
  delete env.KORTSTOKK_ROOM;
  delete env.KORTSTOKK_REDIS_URL;
  const child = spawn(process.execPath, [entry, root], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const errors = [];
  child.stderr.setEncoding('utf8').on('data', (text) => errors.push(...text.trim().split('\n')));
  const proc = `/proc/${child.pid}`;
  const status = () => (existsSync(proc) ? readFileSync(`${proc}/status`, 'utf8') : '');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status())?.[1] ?? NaN);
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (text) => {
      out += text;
      const port = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)?.[1];
      if (!port) return;
      child.stdout.off('data', onData);
      child.stdout.resume(); // the rest of what it prints is not needed
      resolve({
        pid: child.pid,
        port: Number(port),
        errors,
        /** Resident memory now and its peak so far, in bytes (NaN without /proc). */
        memory: () => ({ rss: kb('VmRSS') * 1024, peak: kb('VmHWM') * 1024 }),
        /** User + system CPU seconds so far (NaN without /proc). */
        cpuSeconds() {
          if (!existsSync(proc)) return NaN;
          // Fields after the «(name)»: state is field 3, utime 14 and stime 15.
          const fields = readFileSync(`${proc}/stat`, 'utf8').split(') ')[1].split(' ');
          return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
        },
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => {
              rmSync(dataDir, { recursive: true, force: true });
              done();
            });
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.once('exit', (code) => {
      rmSync(dataDir, { recursive: true, force: true });
      reject(new Error(`the server stopped (exit ${code}) before it listened: ${errors.join(' ')}`));
    });
  });
}
