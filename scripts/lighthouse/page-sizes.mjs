// The size of every page of a build (each `index.html`, one per route: scripts/pages-plugin.ts)
// as a visitor downloads it: gzip at zlib's default level, which is what the app's server sends
// (server/static-files.ts calls gzip() without options).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A page's budget: it fits TCP's first window (10 segments), so it arrives in one round trip. */
export const BUDGET_HTML = 14_000; // bytes gzip

/** Every `index.html` under `dist`, by its address (`/`, `/solo/`, …), with its gzip size. */
export function pageSizes(dist = 'dist') {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => ({
      page: `/${file.replace(/index\.html$/, '')}`,
      gzip: gzipSync(readFileSync(join(dist, file))).length,
    }))
    .sort((a, b) => a.page.localeCompare(b.page));
}
