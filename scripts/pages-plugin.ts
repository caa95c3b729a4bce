// Writes one page per route (`index.html`, `solo/index.html`, …) from the built index.html: each
// carries its own screen pre-rendered in every language (scripts/prerender), its own stylesheets
// inline, the boot scripts, the data the starter needs (src/boot/start-app.ts) and a
// Content-Security-Policy that allows its own inline scripts and styles only (a host's header
// allows those of every page: scripts/csp.ts). Build only.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import type { OutputBundle } from 'rolldown';
import { ROUTE_ENTRIES, pageFileOf, type RouteId } from '../src/domain/routes/route-table.ts';
import type { BootData } from '../src/boot/start-app.ts';
import { bundleBootScript } from './boot-script-plugin.ts';
import { cspMeta } from './csp.ts';
import { handDeckFiles, handPreviewFile } from './hand-preview-plugin.ts';
import { buildShells } from './prerender/build-shells.ts';
import type { Shell } from './prerender/shells.ts';
import { deckFiles, screenAssets } from './screen-assets.ts';

/** A CSP source for an inline script or style: `'sha256-…'`. */
const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A shell as a `<template>` the boot script (src/boot/shell-boot.ts) or the pre-paint picks by its data. */
export function shellTemplate(shell: Shell): string {
  const attrs =
    shell.kind === 'prepaint'
      ? ['data-prepaint', `data-lang="${shell.lang}"`]
      : [
          `data-shell="${shell.kind}"`,
          `data-query="${escapeAttr(shell.query)}"`,
          `data-lang="${shell.lang}"`,
        ];
  attrs.push(`data-title="${escapeAttr(shell.title)}"`);
  if (shell.presenting) attrs.push(`data-presenting="${escapeAttr(shell.presenting)}"`);
  if (shell.run) attrs.push(`data-run="${escapeAttr(shell.run)}"`);
  return `<template ${attrs.join(' ')}>${shell.html}</template>`;
}

type Page = { file: string; html: string };

/** Makes every page from the built index.html (its entry stylesheet and script still linked). */
async function makePages(source: string, bundle: OutputBundle): Promise<Page[]> {
  const shells = await buildShells();
  const screens = screenAssets(bundle);
  const starter = await bundleBootScript('src/boot/start-app.ts');
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(source)?.[1];
  if (!entry) throw new Error('index.html lacks the entry script');
  const pages: Page[] = [];
  for (const [id, route] of ROUTE_ENTRIES) {
    const up = route.path === '/' ? './' : '../';
    // A built stylesheet made fit to inline: its url(./…) were relative to assets/, now to the page.
    const inPage = (css: string) => css.replace(/url\((['"]?)\.\//g, `url($1${up}assets/`).trim();
    const style: string[] = [];
    const own = shells.filter((shell) => shell.route === id);
    let html = source.replace(/(href|src)="\.\//g, `$1="${up}`);
    // The entry stylesheet, and the screen's own when the page paints it before its code arrives.
    const sheets: string[] = [];
    html = html.replace(
      /<link rel="stylesheet"[^>]*href="[^"]*(assets\/[^"]+\.css)"[^>]*>/g,
      (tag, file: string) => {
        const asset = bundle[file];
        if (asset?.type !== 'asset') return tag;
        sheets.push(file);
        const css = inPage(String(asset.source));
        style.push(cspHash(css));
        return `<style>${css}</style>`;
      },
    );
    if (own.length > 0) {
      const extra = (screens.get(route.path)?.css ?? []).filter(([file]) => !sheets.includes(file));
      const tags = extra.map(([, css]) => {
        const text = inPage(css);
        style.push(cspHash(text));
        return `<style>${text}</style>`;
      });
      html = html.replace('</head>', `${tags.join('')}</head>`);
    }
    html = html
      .replace('<html lang="nb">', `<html lang="nb" data-page="${id satisfies RouteId}">`)
      .replace('<!--shells--><!--/shells-->', own.map(shellTemplate).join('\n    '));
    const data: BootData = {
      entry: entry.replace(/^\.\//, up),
      assets: `${up}assets/`,
      // Only what this page can start: every start's files and its own route's.
      preloads: Object.fromEntries(
        [...screens]
          .filter(([path]) => path === '' || path === route.path)
          .map(([path, a]) => [path, a.preload]),
      ),
      strings: stringsByLanguage(screens, route.path),
      prepaint: id === 'join' ? (handPreviewFile(bundle) ?? '') : '',
      decks: deckFiles(bundle),
      hands: id === 'join' ? handDeckFiles(bundle) : {},
    };
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    html = html.replace(
      /<script type="module" crossorigin src="[^"]+"><\/script>/,
      () => `<script type="application/json" id="boot-data">${json}</script><script>${starter}</script>`,
    );
    const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => cspHash(m[1] ?? ''));
    const meta = `<meta http-equiv="Content-Security-Policy" content="${cspMeta(style, script)}" />`;
    pages.push({ file: pageFileOf(route.path), html: html.replace('<!--CSP-->', meta) });
  }
  return pages;
}

/** The starter's string files: by language, then route path. */
function stringsByLanguage(screens: ReturnType<typeof screenAssets>, own: string): BootData['strings'] {
  const out: BootData['strings'] = {};
  for (const [path, assets] of screens) {
    if (path !== '' && path !== own) continue;
    for (const [lang, files] of Object.entries(assets.strings)) (out[lang] ??= {})[path] = files;
  }
  return out;
}

/** The plugin: the home page replaces index.html; the others are added to the bundle. */
export function pagesPlugin(): Plugin {
  let others: Page[] = [];
  return {
    name: 'kortstokk-pages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(source, ctx) {
        const pages = await makePages(source, ctx.bundle ?? {});
        others = pages.filter((page) => page.file !== 'index.html');
        return pages.find((page) => page.file === 'index.html')!.html;
      },
    },
    generateBundle: {
      order: 'post',
      handler() {
        for (const page of others) this.emitFile({ type: 'asset', fileName: page.file, source: page.html });
      },
    },
  };
}
