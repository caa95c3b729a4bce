// Reports what the built app costs on first load (gzip) and fails over budget.
// First load = index.html (with its inlined CSS) + the entry chunk and everything it imports
// statically, read from Vite's build manifest. Each route's own extra cost is listed too.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const DIST = process.argv[2] ?? 'dist';
export const BUDGET_JS = 110_000; // bytes gzip, first-load JavaScript

const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const row = (label, bytes, note = '') =>
  console.log(`  ${label.padEnd(52)} ${kb(bytes).padStart(9)} ${note}`);

/** The chunk files a manifest entry loads before it runs: itself and its static imports. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}
const files = (keys) => [...keys].map((k) => manifest[k].file);

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const first = closure(entryKey);
const firstJs = files(first).reduce((sum, f) => sum + gz(f), 0);

console.log('First load (gzip):');
row('index.html (pre-rendered home, inline CSS)', gz('index.html'));
for (const f of files(first)) row(f, gz(f));
row('JavaScript', firstJs, `  budget ${kb(BUDGET_JS)}`);

console.log('Each screen on top of the first load (gzip, loaded on demand and precached):');
for (const key of manifest[entryKey].dynamicImports ?? []) {
  const extra = [...closure(key)].filter((k) => !first.has(k));
  const css = extra.flatMap((k) => manifest[k].css ?? []);
  row(
    key.replace(/^src\//, ''),
    [...files(extra), ...css].reduce((sum, f) => sum + gz(f), 0),
  );
}

if (firstJs > BUDGET_JS) {
  console.error(`First-load JavaScript ${kb(firstJs)} is over the budget of ${kb(BUDGET_JS)}.`);
  process.exit(1);
}
console.log(`size: first-load JS ${kb(firstJs)} within ${kb(BUDGET_JS)}`);
