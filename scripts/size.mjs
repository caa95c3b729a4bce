// Reports what the built app costs on first load (gzip) and fails over budget.
// First load = the entry script, its modulepreloads and the stylesheets linked from index.html.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const DIST = process.argv[2] ?? 'dist';
export const BUDGET_JS = 110_000; // bytes gzip, first-load JavaScript

const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const refs = (re) => [...html.matchAll(re)].map((m) => m[1].replace(/^\.\//, ''));
const firstJs = [
  ...refs(/<script type="module"[^>]*src="([^"]+)"/g),
  ...refs(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
];
const firstCss = refs(/<link rel="stylesheet"[^>]*href="([^"]+)"/g);

const rows = [...firstJs, ...firstCss].map((file) => ({ file, gzip: gz(file) }));
const js = rows.filter((r) => r.file.endsWith('.js')).reduce((s, r) => s + r.gzip, 0);
const css = rows.filter((r) => r.file.endsWith('.css')).reduce((s, r) => s + r.gzip, 0);

console.log('First load (gzip):');
for (const r of rows) console.log(`  ${r.file.padEnd(48)} ${kb(r.gzip).padStart(9)}`);
console.log(`  ${'JavaScript'.padEnd(48)} ${kb(js).padStart(9)}   budget ${kb(BUDGET_JS)}`);
console.log(`  ${'CSS'.padEnd(48)} ${kb(css).padStart(9)}`);

const lazy = readdirSync(join(DIST, 'assets'))
  .filter((f) => /\.(js|css)$/.test(f) && !rows.some((r) => r.file === `assets/${f}`))
  .map((f) => ({ file: `assets/${f}`, gzip: gz(`assets/${f}`) }))
  .sort((a, b) => b.gzip - a.gzip);
console.log('Loaded on demand (gzip):');
for (const r of lazy) console.log(`  ${r.file.padEnd(48)} ${kb(r.gzip).padStart(9)}`);

if (js > BUDGET_JS) {
  console.error(`First-load JavaScript ${kb(js)} is over the budget of ${kb(BUDGET_JS)}.`);
  process.exit(1);
}
console.log(`size: first-load JS ${kb(js)} within ${kb(BUDGET_JS)}`);
