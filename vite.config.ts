import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { cspMeta } from './scripts/csp.ts';
import { manifest } from './scripts/manifest.js';
import { handPreviewFile, handPreviewPlugin } from './scripts/hand-preview-plugin.ts';
import { deckFiles, screenAssets } from './scripts/screen-assets.ts';
import { hostFilesPlugin } from './scripts/host-files-plugin.ts';
import { bootScriptPlugin, bundleBootScript } from './scripts/boot-script-plugin.ts';
import { buildShells } from './scripts/prerender/build-shells.ts';
import type { BootData } from './src/boot/start-app.ts';

/** A CSP source for an inline script or style: `'sha256-…'`. */
const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** A built stylesheet made fit to inline: its url(./…) were relative to assets/, now to the page. */
const inPage = (css: string) => css.replace(/url\((['"]?)\.\//g, 'url($1./assets/').trim();

/**
 * Inlines the entry stylesheet into index.html and writes the Content-Security-Policy meta tag
 * with that stylesheet's hash and those of the inline boot scripts (build only; dev needs inline HMR). With the CSS inline, the
 * pre-rendered home screen paints from the HTML alone, before any JavaScript arrives.
 */
function inlineCssAndCspPlugin(): Plugin {
  return {
    name: 'kortstokk-inline-css-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(source, ctx) {
        // The pre-rendered screens: the app's own render, made now (scripts/prerender).
        const shells = await buildShells();
        const html = source
          .replace('<!--home-->', () => shells.home)
          .replace(
            '<!--shells--><!--/shells-->',
            () => `<!--shells-->\n    ${shells.templates}\n    <!--/shells-->`,
          );
        const hashes: string[] = [];
        const inlinedFiles: string[] = [];
        const inlined = html.replace(
          /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g,
          (tag, file: string) => {
            const asset = ctx.bundle?.[file];
            if (asset?.type !== 'asset') return tag;
            inlinedFiles.push(file);
            const css = inPage(String(asset.source));
            // The file itself stays: a lazy screen that shares a stylesheet may still preload it.
            hashes.push(cspHash(css));
            return `<style>${css}</style>`;
          },
        );
        // A deep link's pre-rendered shell names its screen's stylesheets (the screen chunk's CSS
        // and that of the chunks it imports) in data-css, so it is styled as the app will style
        // it before that chunk has loaded. Each stylesheet is in the page once (screens share
        // most of them), in <template id="shell-css">; the shell script (or the hand's pre-paint)
        // copies the ones its shell names into <head>.
        const screens = screenAssets(ctx.bundle ?? {});
        const sheets = new Map<string, string>(); // file → its CSS, in the order first named
        const styled = inlined.replace(
          /<template id="(?:shell|prepaint):#([^"?]*)[^"]*"/g,
          (tag, path: string) => {
            const ids = (screens.get(path)?.css ?? [])
              .filter(([file]) => !inlinedFiles.includes(file))
              .map(([file, css]) => {
                if (!sheets.has(file)) {
                  const text = inPage(css);
                  sheets.set(file, text);
                  hashes.push(cspHash(text));
                }
                return [...sheets.keys()].indexOf(file);
              });
            return ids.length ? `${tag} data-css="${ids.join(' ')}"` : tag;
          },
        );
        const sheetTags = [...sheets.values()].map((css, i) => `<style data-css="${i}">${css}</style>`);
        const withSheets = styled.replace(
          '<!--/shells-->',
          `<template id="shell-css">${sheetTags.join('')}</template>\n    <!--/shells-->`,
        );
        // The app's entry starts once the first contentful paint has been reported, with the
        // preloads of its screen (src/boot/start-app.ts); every start preloads the entry's imports.
        const preloads = Object.fromEntries([...screens].map(([path, assets]) => [path, assets.preload]));
        // A join link starts the download of the decks it names (the join screen loads only
        // those), and in bokmål the hand's pre-paint (src/boot/hand-preview.ts) too: the hand
        // paints before the app arrives.
        const prepaint = handPreviewFile(ctx.bundle ?? {}) ?? '';
        const decks = deckFiles(ctx.bundle ?? {});
        // src/boot/start-app.ts starts all this; the build's file names reach it as data (a JSON
        // block is not run, so the CSP needs no hash for it).
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(withSheets)?.[1];
        if (!entry) throw new Error('index.html lacks the entry script');
        const data: BootData = { entry, preloads, prepaint, decks };
        const json = JSON.stringify(data).replace(/</g, '\\u003c');
        const starter = await bundleBootScript('src/boot/start-app.ts');
        const booted = withSheets.replace(
          /<script type="module" crossorigin src="[^"]+"><\/script>/,
          () => `<script type="application/json" id="boot-data">${json}</script><script>${starter}</script>`,
        );
        const scriptHashes = [...booted.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) =>
          cspHash(m[1] ?? ''),
        );
        const meta = `<meta http-equiv="Content-Security-Policy" content="${cspMeta(hashes, scriptHashes)}" />`;
        return booted.replace('<!--CSP-->', meta);
      },
    },
  };
}

// KORTSTOKK_BUILD_ID lets the update tests make two distinguishable builds of the same code.
const buildId = process.env.KORTSTOKK_BUILD_ID ?? new Date().toISOString();

export default defineConfig({
  base: './',
  define: { __BUILD_ID__: JSON.stringify(buildId) },
  build: {
    outDir: process.env.KORTSTOKK_OUT_DIR ?? 'dist',
    target: 'es2022',
    // No modulepreload and a low-priority entry: the pre-rendered screen paints from the HTML
    // alone, and the scripts that hydrate it do not compete with that first paint.
    modulePreload: false,
    manifest: true,
    // The hand's pre-paint is its own small entry, started by index.html for join links only.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  plugins: [
    react(),
    handPreviewPlugin(),
    bootScriptPlugin(),
    inlineCssAndCspPlugin(),
    hostFilesPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,woff2,png,svg,ico,txt,webmanifest}'],
        navigateFallback: 'index.html',
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
});
