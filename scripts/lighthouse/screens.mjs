// The screens the performance scripts measure (scripts/lighthouse.mjs, scripts/perf-report.mjs):
// route ids of the app's route table (src/domain/routes/route-table.ts) and their queries, the
// one place those queries are written. The table and the language list are TypeScript, which
// Node 20 cannot import, so each is bundled by rolldown (Vite's bundler, as
// scripts/boot-script-plugin.ts does for the boot scripts) into one ES module, imported from memory.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rolldown } from 'rolldown';

const ROOT = resolve(import.meta.dirname, '../..');

/** Imports a TypeScript module of src (with what it imports) as plain JavaScript. */
async function importTs(file) {
  const build = await rolldown({ input: resolve(ROOT, file), platform: 'node', logLevel: 'warn' });
  try {
    const { output } = await build.generate({ format: 'esm' });
    if (output.length !== 1) throw new Error(`${file} must bundle to one file`);
    return await import(`data:text/javascript;base64,${Buffer.from(output[0].code).toString('base64')}`);
  } finally {
    await build.close();
  }
}

const [{ ROUTE_TABLE }, { LANGUAGES }] = await Promise.all([
  importTs('src/domain/routes/route-table.ts'),
  importTs('src/domain/language/languages.ts'),
]);

/** The app's UI languages (nb, nn, en): every screen is measured in each. */
export { LANGUAGES };

/** The built-in «Nærvær» deck's version: the hand's link must name it, or the phone shows a mismatch. */
const NAERVAER_VERSION = JSON.parse(readFileSync(resolve(ROOT, 'cards/naervaer.json'), 'utf8')).version;

/**
 * The measured screens: a label, the route's id and the address's query (in the fragment for a
 * route whose table entry says so: the join link). The phone's hand is measured with a seat in
 * the link (`h=3`): Lighthouse can only load an address, and a seat card's link opens the hand.
 */
export const SCREENS = [
  { label: 'home', route: 'home', query: '' },
  { label: 'solo', route: 'solo', query: '' },
  { label: 'decks: draw', route: 'decks', query: 'view=draw' },
  { label: 'workshop', route: 'workshop', query: '' },
  { label: 'notes', route: 'notes', query: '' },
  { label: 'presenter (verksted-ledelse)', route: 'present', query: 'template=verksted-ledelse' },
  {
    label: 'phone: hand (seat in link)',
    route: 'join',
    query: `v=1&s=42&d=naervaer.${NAERVAER_VERSION}&n=8&k=4&h=3`,
  },
];

/** A screen's address on `origin`: its route's page (`/solo/`) and its query or fragment. */
export function screenUrl(origin, { route: id, query }) {
  const route = ROUTE_TABLE[id];
  if (!route) throw new Error(`no route "${id}" in the route table`);
  // A page that carries pre-rendered screens must carry this one: otherwise the figures would be
  // those of a screen painted by the app, not of the page a visitor gets.
  if (route.shells.length > 0 && !route.shells.includes(query)) {
    throw new Error(`route "${id}" has no pre-rendered screen for "${query}"`);
  }
  const page = route.path === '/' ? '/' : `${route.path}/`;
  const tail = query === '' ? '' : `${route.fragment ? '#' : '?'}${query}`;
  return `${origin}${page}${tail}`;
}
