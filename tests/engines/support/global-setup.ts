import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Builds the app the suite serves when it is missing (`npm test` has built `dist` before). */
export default function globalSetup() {
  const dist = process.env.KORTSTOKK_E2E_DIST ?? 'dist';
  if (existsSync(`${dist}/index.html`)) return;
  execFileSync('node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, KORTSTOKK_OUT_DIR: dist },
  });
}
