// Builds the join hand's pre-paint (src/boot/run-hand-preview.ts) as self-contained files: they
// are requested by the join page before anything else on a join link, so they must not wait for
// chunks they share with the app. Emitted as assets of the app's build (hashed):
// - `hand-preview.js` (src/boot/hand-preview.ts): the decks come as files; precached.
// - `hand-deck-<deck>.<lang>.js` (src/boot/hand-preview-with-deck.ts): the same code with one
//   built-in deck's data for one language in the file. A first visit from a one-deck link needs
//   only this file after the page (src/boot/start-app.ts). Not precached (vite.config.ts): a
//   visit the service worker serves takes the first kind, from its cache.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rolldown } from 'rolldown';
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';
import { LANGUAGES, type Language } from '../src/domain/language/languages.ts';
import { handDeckData } from './hand-deck-data.ts';

const NAME = 'hand-preview.js';
const DECK_PREFIX = 'hand-deck-';
/** The free name src/boot/hand-preview-with-deck.ts reads its deck from. */
const PLACEHOLDER = 'HAND_DECK';

async function bundleOne(input: string): Promise<string> {
  const build = await rolldown({ input, platform: 'browser', logLevel: 'warn' });
  try {
    const { output } = await build.generate({ format: 'es', minify: true });
    const [chunk, ...rest] = output;
    if (!chunk || rest.length > 0) throw new Error(`${input} must build to one file`);
    return chunk.code;
  } finally {
    await build.close();
  }
}

/** The built-in decks' files in cards/, parsed, by deck id (the file's name). */
function cardFiles(dir = 'cards'): [string, unknown][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'deck.schema.json')
    .sort()
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8'))]);
}

/** The pre-paint's code with a deck's data where the placeholder stands (exactly once). */
export function withDeck(code: string, deck: unknown): string {
  const parts = code.split(new RegExp(`\\b${PLACEHOLDER}\\b`));
  if (parts.length !== 2) throw new Error(`the pre-paint must read ${PLACEHOLDER} exactly once`);
  return parts.join(`(${JSON.stringify(deck)})`);
}

/** The plugin; `enforce: 'pre'` makes the files exist before the pages are written. */
export function handPreviewPlugin(): Plugin {
  return {
    name: 'kortstokk-hand-preview',
    apply: 'build',
    enforce: 'pre',
    async generateBundle() {
      const [alone, withData] = await Promise.all([
        bundleOne('src/boot/hand-preview.ts'),
        bundleOne('src/boot/hand-preview-with-deck.ts'),
      ]);
      this.emitFile({ type: 'asset', name: NAME, source: alone });
      for (const [id, deck] of cardFiles()) {
        for (const lang of LANGUAGES) {
          const source = withDeck(withData, handDeckData(deck, lang));
          this.emitFile({ type: 'asset', name: `${DECK_PREFIX}${id}.${lang}.js`, source });
        }
      }
    },
  };
}

/** The built pre-paint file, in assets/; undefined when the build has none. */
export function handPreviewFile(bundle: OutputBundle): string | undefined {
  const asset = Object.values(bundle).find((a) => a.type === 'asset' && a.names.includes(NAME));
  return asset?.fileName.replace(/^assets\//, '');
}

/** The built pre-paint files with a deck in them, in assets/: by deck id, then language. */
export function handDeckFiles(bundle: OutputBundle): Record<string, Partial<Record<Language, string>>> {
  const files: Record<string, Partial<Record<Language, string>>> = {};
  for (const asset of Object.values(bundle)) {
    if (asset.type !== 'asset') continue;
    const match = new RegExp(`^${DECK_PREFIX}([a-z0-9-]+)\\.([a-z]+)\\.js$`).exec(asset.names[0] ?? '');
    const lang = match?.[2] as Language | undefined;
    if (!match?.[1] || !lang || !(LANGUAGES as readonly string[]).includes(lang)) continue;
    (files[match[1]] ??= {})[lang] = asset.fileName.replace(/^assets\//, '');
  }
  return files;
}
