import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { cspMeta } from './scripts/csp.js';
import { manifest } from './scripts/manifest.js';

/**
 * For a route path, the CSS of its lazy screen: the stylesheets imported by the screen's chunk
 * and by every chunk it imports statically. Routes are read from src/app/routes.tsx.
 */
function screenCss(bundle: OutputBundle): (path: string) => (readonly [string, string])[] {
  const routes = readFileSync('src/app/routes.tsx', 'utf8');
  const modules = new Map(
    [...routes.matchAll(/'([^']+)': screen\(\s*\(\) => import\('\.\.\/([^']+)'\)/g)].map((m) => [
      m[1],
      `src/${m[2]}`,
    ]),
  );
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const css = (fileName: string, seen: Set<string>): string[] => {
    const chunk = chunks.find((c) => c.fileName === fileName);
    if (!chunk || seen.has(fileName)) return [];
    seen.add(fileName);
    const own = [...(chunk.viteMetadata?.importedCss ?? [])];
    return [...chunk.imports.flatMap((f) => css(f, seen)), ...own];
  };
  return (path) => {
    const module = modules.get(path);
    const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(`/${module}`));
    if (!module || !chunk) return [];
    return [...new Set(css(chunk.fileName, new Set()))].map((file) => {
      const asset = bundle[file];
      return [file, asset?.type === 'asset' ? String(asset.source) : ''] as const;
    });
  };
}

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
        const inlinedFiles: string[] = [];
        const inlined = html.replace(
          /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g,
          (tag, file: string) => {
            const asset = ctx.bundle?.[file];
            if (asset?.type !== 'asset') return tag;
            inlinedFiles.push(file);
            // url(./font.woff2) was relative to assets/; inline it is relative to the page.
            const css = String(asset.source)
              .replace(/url\((['"]?)\.\//g, 'url($1./assets/')
              .trim();
            // The file itself stays: a lazy screen that shares a stylesheet may still preload it.
            hashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
            return `<style>${css}</style>`;
          },
        );
        // A deep link's pre-rendered shell carries its screen's stylesheets (the screen chunk's
        // CSS and that of the chunks it imports), so it is styled as the app will style it before
        // that chunk has loaded. The shell script moves them into <head> with the shell.
        const cssOf = screenCss(ctx.bundle ?? {});
        const styled = inlined.replace(
          /(<template id="shell:#([^"?]*)[^"]*"[^>]*>)/g,
          (tag, _open: string, path: string) => {
            const css = cssOf(path)
              .filter(([file]) => !inlinedFiles.includes(file))
              .map(([, c]) => c)
              .map((c) => c.replace(/url\((['"]?)\.\//g, 'url($1./assets/').trim())
              .join('\n');
            if (!css) return tag;
            hashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
            return `${tag}<style>${css}</style>`;
          },
        );
        // The app's entry starts once the first contentful paint has been reported: the
        // pre-rendered screen is on screen from the HTML alone, and neither the scripts nor
        // their download compete with it. A hidden tab (no paints) starts at once; a browser
        // that never reports the paint starts after half a second.
        const booted = styled.replace(
          /<script type="module" crossorigin src="([^"]+)"><\/script>/,
          (_tag, src: string) =>
            `<script>(function(d){var n=0;function go(){if(n++)return;var s=d.createElement('script');s.type='module';s.src=${JSON.stringify(src)};d.head.appendChild(s)}if(d.visibilityState!=='visible')return go();try{new PerformanceObserver(function(l){if(l.getEntriesByName('first-contentful-paint').length)setTimeout(go)}).observe({type:'paint',buffered:true})}catch(e){}setTimeout(go,500)})(document)</script>`,
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
