import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { cspMeta } from './scripts/csp.js';
import { manifest } from './scripts/manifest.js';

/**
 * Inlines the entry stylesheet into index.html and writes the Content-Security-Policy meta tag
 * with that stylesheet's hash (and the hash of the one inline boot script) (build only; dev needs inline HMR). With the CSS inline, the
 * pre-rendered home screen paints from the HTML alone, before any JavaScript arrives.
 */
function inlineCssAndCspPlugin(): Plugin {
  return {
    name: 'kortstokk-inline-css-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const hashes: string[] = [];
        const inlined = html.replace(
          /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g,
          (tag, file: string) => {
            const asset = ctx.bundle?.[file];
            if (asset?.type !== 'asset') return tag;
            // url(./font.woff2) was relative to assets/; inline it is relative to the page.
            const css = String(asset.source)
              .replace(/url\((['"]?)\.\//g, 'url($1./assets/')
              .trim();
            // The file itself stays: a lazy screen that shares a stylesheet may still preload it.
            hashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
            return `<style>${css}</style>`;
          },
        );
        // The app's entry starts after the first frame is painted: the pre-rendered screen is
        // on screen from the HTML alone, and the scripts that hydrate it never delay it. A
        // hidden tab (no frames) starts at once.
        const booted = inlined.replace(
          /<script type="module" crossorigin src="([^"]+)"><\/script>/,
          (_tag, src: string) =>
            `<script>(function(d){function go(){var s=d.createElement('script');s.type='module';s.src=${JSON.stringify(src)};d.head.appendChild(s)}if(d.visibilityState==='visible')requestAnimationFrame(function(){setTimeout(go)});else go()})(document)</script>`,
        );
        const scriptHashes = [...booted.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
          (m) =>
            `'sha256-${createHash('sha256')
              .update(m[1] ?? '')
              .digest('base64')}'`,
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
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  plugins: [
    react(),
    inlineCssAndCspPlugin(),
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
