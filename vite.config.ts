import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { cspMeta } from './scripts/csp.js';
import { manifest } from './scripts/manifest.js';

/** Writes the Content-Security-Policy meta tag into index.html (build only; dev needs inline HMR). */
function cspPlugin(): Plugin {
  return {
    name: 'kortstokk-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<!--CSP-->', `<meta http-equiv="Content-Security-Policy" content="${cspMeta}" />`),
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
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  plugins: [
    react(),
    cspPlugin(),
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
