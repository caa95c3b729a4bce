import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { manifest } from './scripts/manifest.js';
import { handPreviewPlugin } from './scripts/hand-preview-plugin.ts';
import { hostFilesPlugin } from './scripts/host-files-plugin.ts';
import { bootScriptPlugin } from './scripts/boot-script-plugin.ts';
import { pagesPlugin } from './scripts/pages-plugin.ts';

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
    pagesPlugin(),
    hostFilesPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,woff2,png,svg,ico,txt,webmanifest}'],
        // The hand's pre-paint with a deck in it serves first visits only (src/boot/start-app.ts):
        // 21 files a phone would otherwise download for nothing.
        globIgnores: ['**/node_modules/**/*', 'assets/hand-deck-*.js'],
        // Every route has its own page: `/solo/` is served from the precached `solo/index.html`,
        // whatever its query (`/decks/?view=draw`). No fallback page: the home page's relative
        // addresses would not fit an unknown path.
        directoryIndex: 'index.html',
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: null,
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
});
