import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Shell } from './shells.ts';

/** The pre-rendered screens, rendered by scripts/prerender/run.mjs in a child process. */
export async function buildShells(): Promise<Shell[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kortstokk-shells-'));
  try {
    const out = join(dir, 'shells.json');
    await promisify(execFile)(process.execPath, ['scripts/prerender/run.mjs', out], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(readFileSync(out, 'utf8')) as Shell[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
