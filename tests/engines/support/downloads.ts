import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { until } from './processes.ts';

export type Downloaded = { name: string; path: string; text: string };

/** The files in a downloads folder now (to tell a new download from earlier ones). */
export const filesIn = (dir: string) => new Set(readdirSync(dir));

/**
 * Waits (bounded) for a new, finished file whose name matches `pattern` in the browser's
 * downloads folder. A file still being written has a temporary name (.part, .download) or grows.
 */
export async function waitForDownload(
  dir: string,
  before: Set<string>,
  pattern: RegExp,
  timeoutMs = 15_000,
): Promise<Downloaded> {
  let lastSize = -1;
  const name = await until(
    () => {
      const found = readdirSync(dir).find((file) => !before.has(file) && pattern.test(file));
      if (!found) return null;
      const size = statSync(join(dir, found)).size;
      const settled = size > 0 && size === lastSize;
      lastSize = size;
      return settled ? found : null;
    },
    `a download named like ${String(pattern)} in ${dir} (found: ${JSON.stringify(readdirSync(dir))})`,
    timeoutMs,
    200,
  );
  const path = join(dir, name);
  return { name, path, text: readFileSync(path, 'utf8') };
}
