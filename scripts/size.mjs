// Reports what the built app costs on first load (gzip) and fails over budget.
// First load = index.html (with its inlined CSS) + the entry chunk and everything it imports
// statically, read from Vite's build manifest. Each route's own extra cost is listed too.
import { readdirSync, readFileSync } from 'node:fs';
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
  return { firstLoad, firstJs, onDemand, prepaintJs };
}

export const kb = (n) => `${(n / 1000).toFixed(1)} kB`;

if (process.argv[1]?.endsWith('size.mjs')) {
  const { firstLoad, firstJs, onDemand, prepaintJs } = measureSizes(process.argv[2] ?? 'dist');
  const row = (label, bytes, note = '') =>
    console.log(`  ${label.padEnd(52)} ${kb(bytes).padStart(9)} ${note}`);
  console.log('First load (gzip):');
  for (const r of firstLoad) row(r.file, r.gzip);
  row('JavaScript', firstJs, `  budget ${kb(BUDGET_JS)}`);
  console.log('Each screen on top of the first load (gzip, loaded on demand and precached):');
  for (const r of onDemand) row(r.file, r.gzip);
  row('boot/hand-preview.ts (join links, beside the entry)', prepaintJs);
  if (firstJs > BUDGET_JS) {
    console.error(`First-load JavaScript ${kb(firstJs)} is over the budget of ${kb(BUDGET_JS)}.`);
    process.exit(1);
  }
  console.log(`size: first-load JS ${kb(firstJs)} within ${kb(BUDGET_JS)}`);
}
