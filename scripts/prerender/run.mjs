// Renders the pre-rendered screens in a process of its own (scripts/prerender/shells.ts) and
// writes them as JSON to the file named by its argument. Its own process, because rendering the
// app leaves a browser-like global scope and the app's timers behind: they must not stay in the
// build's process. Run by vite.config.ts during `vite build`.
import { writeFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';

const [out] = process.argv.slice(2);
if (!out) throw new Error('usage: node scripts/prerender/run.mjs <out.json>');
const vite = await createServer({
  configFile: false,
  root: process.cwd(),
  appType: 'custom',
  logLevel: 'warn',
  plugins: [react()],
  define: { __BUILD_ID__: JSON.stringify('prerender') },
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
});
const { renderShells } = await vite.ssrLoadModule('/scripts/prerender/shells.ts');
writeFileSync(out, JSON.stringify(await renderShells(vite)));
// Whatever the app left running (timers, a closed module runner's last imports) ends here.
process.exit(0);
