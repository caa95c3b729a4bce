import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

// Helper processes the suite starts itself (Xvfb, WebKitWebDriver): each in its own process group,
// so stopping one also ends what it started (WebKitWebDriver starts MiniBrowser), and all of them
// are ended when the test process exits, whatever way it exits.

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

process.once('exit', () => running.forEach(killGroup));

/** Starts a program in its own process group; it is ended on `stop` or when this process exits. */
export function startProcess(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; extraFds?: number } = {},
): ChildProcess {
  const extra = Array.from({ length: options.extraFds ?? 0 }, () => 'pipe' as const);
  const child = spawn(command, args, {
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe', ...extra],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Ends a process started by startProcess (and its group) and waits until it has exited. */
export async function stopProcess(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  killGroup(child);
  const timer = setTimeout(() => {
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }, graceMs);
  await exited;
  clearTimeout(timer);
}

/** A port the system calls free right now (listen on 0, then close). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Fails with the Debian package to install when a program the suite needs is missing. */
export function requireProgram(path: string, debianPackage: string): string {
  if (!existsSync(path))
    throw new Error(
      `${path} is missing: the cross-engine tests need Debian's package «${debianPackage}» ` +
        `(apt-get install -y ${debianPackage}).`,
    );
  return path;
}

/** Polls `check` until it returns a truthy value, at most `timeoutMs`; fails with `what`. */
export async function until<T>(
  check: () => Promise<T> | T,
  what: string,
  timeoutMs = 10_000,
  everyMs = 100,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = undefined;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const detail = last instanceof Error ? ` (last error: ${last.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await new Promise((done) => setTimeout(done, everyMs));
  }
}
