import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The browser tests run against built apps: `dist` (built by `npm test` before this step, or
 * here when missing) and `dist-next`, the same code with another build id, which the update
 * tests serve as "the new version" on the same origin.
 */
export default function globalSetup() {
  const dist = process.env.KORTSTOKK_E2E_DIST ?? 'dist';
  const vite = ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'];
  const env = { ...process.env, KORTSTOKK_OUT_DIR: dist };
  if (!existsSync(`${dist}/index.html`)) execFileSync('node', vite, { stdio: 'inherit', env });
  execFileSync('node', vite, {
    stdio: 'inherit',
    env: { ...env, KORTSTOKK_OUT_DIR: `${dist}-next`, KORTSTOKK_BUILD_ID: `next-${Date.now()}` },
  });
}
