import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { LIVE_ROOM_MODULE, measureSizes } from '../../scripts/size.mjs';

// A small build as Vite writes it: the entry, a chunk it shares, the join screen (on demand), and
// the live room's chunk that only the join screen imports, with import().
const ROOM = LIVE_ROOM_MODULE;
const JOIN = 'src/features/join/join-page.tsx';

type Chunk = { file: string; isEntry?: true; imports?: string[]; dynamicImports?: string[] };

function manifest(entryImports: string[] = ['_shared.js']): Record<string, Chunk> {
  return {
    'index.html': { file: 'assets/index.js', isEntry: true, imports: entryImports, dynamicImports: [JOIN] },
    '_shared.js': { file: 'assets/shared.js' },
    '_seal.js': { file: 'assets/seal.js' },
    [JOIN]: { file: 'assets/join.js', imports: ['_shared.js', '_seal.js'], dynamicImports: [ROOM] },
    [ROOM]: { file: 'assets/room.js', imports: ['_seal.js', '_shared.js'] },
  };
}

const code = (name: string, size: number) =>
  `/* ${name} */ ` + 'x'.repeat(size).replace(/x/g, (_, i: number) => String(i % 97));

let dist = '';
function build(
  chunks: Record<string, Chunk>,
  texts: Record<string, string> = {},
  sw: string | null = 'room.js',
) {
  dist = mkdtempSync(join(tmpdir(), 'kortstokk-size-'));
  mkdirSync(join(dist, '.vite'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, '.vite/manifest.json'), JSON.stringify(chunks));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>k</title>');
  const sizes = { index: 900, shared: 700, seal: 500, join: 600, room: 3000 };
  for (const [name, size] of Object.entries(sizes)) {
    writeFileSync(join(dist, `assets/${name}.js`), texts[name] ?? code(name, size));
  }
  if (sw !== null) writeFileSync(join(dist, 'sw.js'), `precache([{url:"assets/${sw}"}])`);
}
const gz = (file: string) => gzipSync(code(file, { seal: 500, room: 3000 }[file] ?? 0), { level: 9 }).length;

afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('measureSizes: the live room chunk', () => {
  it('lists the room chunk with what it adds to the first load, precached, and not in the first load', () => {
    build(manifest());
    const { liveRoom } = measureSizes(dist);
    expect(liveRoom).toEqual({
      file: 'assets/room.js',
      // The room's own chunk and the sealing chunk it shares with the join screen; not the shared
      // chunk the first load already has.
      gzip: gz('room') + gz('seal'),
      chunkGzip: gz('room'),
      inFirstLoad: false,
      precached: true,
    });
  });

  it('says so when the first load imports the room chunk statically', () => {
    build(manifest(['_shared.js', ROOM]));
    expect(measureSizes(dist).liveRoom?.inFirstLoad).toBe(true);
  });

  it('says so when Yjs or the provider slipped into a first-load chunk', () => {
    build(manifest(), { shared: 'const k = "__ $YJS$ __"; globalThis[k] = true;' });
    expect(measureSizes(dist).liveRoom?.inFirstLoad).toBe(true);
    build(manifest(), { index: 'console.warn(`HocuspocusProvider::connect() is deprecated`)' });
    expect(measureSizes(dist).liveRoom?.inFirstLoad).toBe(true);
  });

  it('tells a room chunk the service worker does not precache, and a build without a service worker', () => {
    build(manifest(), {}, 'join.js');
    expect(measureSizes(dist).liveRoom?.precached).toBe(false);
    build(manifest(), {}, null);
    expect(measureSizes(dist).liveRoom?.precached).toBeNull();
  });

  it('is null for a build without a live room', () => {
    const chunks = manifest();
    delete chunks[ROOM];
    chunks[JOIN] = { file: 'assets/join.js', imports: ['_shared.js', '_seal.js'] };
    build(chunks);
    expect(measureSizes(dist).liveRoom).toBeNull();
  });
});
