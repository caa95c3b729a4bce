// What each lazy screen needs, read from the build's bundle and the route table
// (src/domain/routes/route-table.ts): its stylesheets (for the pre-rendered shells in
// index.html) and the files to preload when the app starts on a deep link to it (so the screen's code, strings and decks download side by side
// with the app's entry, instead of one after another).
import type { OutputBundle, OutputChunk } from 'rolldown';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../src/domain/language/languages.ts';
import { ROUTE_ENTRIES } from '../src/domain/routes/route-table.ts';

/** Preload list entries (in assets/): `m<file>` for a module, `f<file>` for a fetch (decks). */
export type ScreenAssets = {
  css: (readonly [file: string, source: string])[];
  preload: string[];
  /** The screen's string files in each language (`m<file>`). */
  strings: Record<Language, string[]>;
};

/**
 * For each lazy route path, the stylesheets and preloads of its screen; under '' the chunks the
 * entry imports statically (without modulepreload in the HTML, they would only be requested
 * once the entry itself has arrived and been parsed).
 */
export function screenAssets(bundle: OutputBundle): Map<string, ScreenAssets> {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const byModule = (suffix: string) => chunks.find((c) => c.facadeModuleId?.endsWith(`/${suffix}`));
  // A chunk and every chunk it imports statically, leaving out `skip` (already loaded).
  const graph = (
    chunk: OutputChunk | undefined,
    skip: Set<string>,
    seen = new Set<string>(),
  ): OutputChunk[] => {
    if (!chunk || seen.has(chunk.fileName) || skip.has(chunk.fileName)) return [];
    seen.add(chunk.fileName);
    const imported = chunk.imports.map((f) => chunks.find((c) => c.fileName === f));
    return [...imported.flatMap((c) => graph(c, skip, seen)), chunk];
  };
  const entry = chunks.find((c) => c.isEntry);
  const started = new Set(graph(entry, new Set()).map((c) => c.fileName));
  const closure = (chunk: OutputChunk | undefined) => graph(chunk, started);
  const deckCode = [
    'src/storage/deck-store.ts',
    'src/content/built-in-decks.ts',
    'src/domain/deck/parse-deck.ts',
  ].flatMap((m) => closure(byModule(m)));
  const deckFileList = Object.values(deckFiles(bundle));
  const asPreload = (c: OutputChunk) => `m${c.fileName.replace(/^assets\//, '')}`;
  /** The string files of some namespaces in each language (bokmål's `common` is in the entry). */
  const stringsOf = (namespaces: readonly string[]) =>
    Object.fromEntries(
      LANGUAGES.map((lang) => [
        lang,
        namespaces
          .filter((ns) => !(lang === DEFAULT_LANGUAGE && ns === 'common'))
          .flatMap((ns) => closure(byModule(`src/i18n/locales/${lang}/${ns}.json`)))
          .map(asPreload),
      ]),
    ) as Record<Language, string[]>;
  const out = new Map<string, ScreenAssets>([
    [
      '',
      {
        css: [],
        preload: (entry?.imports ?? []).map((f) => `m${f.replace(/^assets\//, '')}`),
        strings: stringsOf(['common']),
      },
    ],
  ]);
  for (const [id, route] of ROUTE_ENTRIES) {
    if (!route.module) continue;
    const chunk = byModule(route.module.file);
    // The table's module and the import() of src/app/routes.tsx must agree.
    if (!chunk) throw new Error(`route ${id}: no chunk for ${route.module.file}`);
    const screen = closure(chunk);
    const code = [...new Set([...screen, ...(route.decks !== false ? deckCode : [])])];
    const css = [...new Set(screen.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]))];
    out.set(route.path, {
      css: css.map((file) => {
        const asset = bundle[file];
        return [file, asset?.type === 'asset' ? String(asset.source) : ''] as const;
      }),
      preload: [...code.map(asPreload), ...(route.decks === true ? deckFileList.map((f) => `f${f}`) : [])],
      strings: stringsOf(route.namespaces),
    });
  }
  return out;
}

/** The built file (in assets/) of each built-in deck, by deck id (its file name in cards/). */
export function deckFiles(bundle: OutputBundle): Record<string, string> {
  const decks: Record<string, string> = {};
  for (const asset of Object.values(bundle)) {
    const id = asset.type === 'asset' ? /^([a-z0-9-]+)\.json$/.exec(asset.names[0] ?? '')?.[1] : undefined;
    if (id !== undefined && /^assets\/[^/]+\.json$/.test(asset.fileName))
      decks[id] = asset.fileName.replace(/^assets\//, '');
  }
  return decks;
}
