// Reports what the built app costs on first load (gzip) and fails over budget.
// First load = index.html (with its inlined CSS) + the entry chunk and everything it imports
// statically, read from Vite's build manifest. Each route's own extra cost is listed too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const BUDGET_JS = 110_000; // bytes gzip, first-load JavaScript

/** Measures a build: first-load files, first-load JS total, and each lazy chunk's extra cost. */
export function measureSizes(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const closure = (key, seen = new Set()) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
    return seen;
  };
  const files = (keys) => [...keys].map((k) => manifest[k].file);
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const first = closure(entryKey);
  const firstLoad = [
    { file: 'index.html (pre-rendered home, inline CSS)', gzip: gz('index.html') },
    ...files(first).map((file) => ({ file, gzip: gz(file) })),
  ];
  const firstJs = files(first).reduce((sum, f) => sum + gz(f), 0);
  const onDemand = (manifest[entryKey].dynamicImports ?? []).map((key) => {
    const extra = [...closure(key)].filter((k) => !first.has(k));
    const css = extra.flatMap((k) => manifest[k].css ?? []);
    return {
      file: key.replace(/^src\//, ''),
      gzip: [...files(extra), ...css].reduce((sum, f) => sum + gz(f), 0),
    };
  });
  // A join link also starts the hand's pre-paint (one file, not in the manifest: built by
  // scripts/hand-preview-plugin.ts), side by side with the entry.
  const prepaint = readdirSync(join(dist, 'assets')).find((f) => /^hand-preview-.+\.js$/.test(f));
  const prepaintJs = prepaint ? gz(`assets/${prepaint}`) : 0;
  const liveRoom = liveRoomChunk(dist, manifest, {
    first: files(first),
    extra: (key) => files(closure(key)),
    gz,
  });
  return { firstLoad, firstJs, onDemand, prepaintJs, liveRoom };
}

/** The module that alone imports @hocuspocus/provider and yjs, loaded when a live room starts. */
export const LIVE_ROOM_MODULE = 'src/lib/room/room-connection.ts';
/** Strings only Yjs (its double-import guard) and the provider (its warnings) carry. */
const ROOM_LIBRARY_MARKERS = ['__ $YJS$ __', 'HocuspocusProvider'];

/**
 * The live room's chunk: what it adds on top of the first load, whether the service worker
 * precaches it, and whether any first-load file holds it or the libraries it brings (Yjs, the
 * provider), read from the manifest and, in case a library slipped into a shared chunk, from
 * the first-load files' text. Null when the build has no live room.
 */
function liveRoomChunk(dist, manifest, { first, extra, gz }) {
  const chunk = manifest[LIVE_ROOM_MODULE];
  if (!chunk) return null;
  const firstSet = new Set(first);
  const gzip = extra(LIVE_ROOM_MODULE)
    .filter((f) => !firstSet.has(f))
    .reduce((sum, f) => sum + gz(f), 0);
  const holdsRoomCode = (f) =>
    ROOM_LIBRARY_MARKERS.some((m) => readFileSync(join(dist, f), 'utf8').includes(m));
  const inFirstLoad = firstSet.has(chunk.file) || first.some(holdsRoomCode);
  const sw = join(dist, 'sw.js');
  const precached = existsSync(sw) ? readFileSync(sw, 'utf8').includes(chunk.file) : null;
  return { file: chunk.file, gzip, chunkGzip: gz(chunk.file), inFirstLoad, precached };
}

export const kb = (n) => `${(n / 1000).toFixed(1)} kB`;

if (process.argv[1]?.endsWith('size.mjs')) {
  const { firstLoad, firstJs, onDemand, prepaintJs, liveRoom } = measureSizes(process.argv[2] ?? 'dist');
  const row = (label, bytes, note = '') =>
    console.log(`  ${label.padEnd(52)} ${kb(bytes).padStart(9)} ${note}`);
  console.log('First load (gzip):');
  for (const r of firstLoad) row(r.file, r.gzip);
  row('JavaScript', firstJs, `  budget ${kb(BUDGET_JS)}`);
  console.log('Each screen on top of the first load (gzip, loaded on demand and precached):');
  for (const r of onDemand) row(r.file, r.gzip);
  row('boot/hand-preview.ts (join links, beside the entry)', prepaintJs);
  if (liveRoom) {
    console.log('The live room (loaded only when a room starts, by the session screen or a phone):');
    const cached =
      liveRoom.precached === null ? 'no sw.js' : liveRoom.precached ? 'precached' : 'NOT precached';
    row('lib/room/room-connection.ts (provider + yjs)', liveRoom.gzip, `  ${cached}`);
    console.log(
      `  (its own chunk ${kb(liveRoom.chunkGzip)}; the rest it shares with the join and notes screens)`,
    );
    console.log(`  in the first load: ${liveRoom.inFirstLoad ? 'YES' : 'no'}`);
  }
  if (firstJs > BUDGET_JS) {
    console.error(`First-load JavaScript ${kb(firstJs)} is over the budget of ${kb(BUDGET_JS)}.`);
    process.exit(1);
  }
  if (liveRoom?.inFirstLoad) {
    console.error('The live room (provider + Yjs) is in the first load: import it only with import().');
    process.exit(1);
  }
  console.log(`size: first-load JS ${kb(firstJs)} within ${kb(BUDGET_JS)}`);
}
