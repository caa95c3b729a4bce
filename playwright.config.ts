import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './scripts/find-chromium.mjs';
import { freePortSync } from './tests/e2e/support/free-port.ts';

// Parallel work on one machine: each run can have its own build and port. Without a port given,
// the main process takes a free one once and puts it in the environment, which the workers (they
// load this file again) inherit, so all of them agree on it.
process.env.KORTSTOKK_E2E_PORT ||= String(freePortSync());
export const PORT = Number(process.env.KORTSTOKK_E2E_PORT);
export const DIST = process.env.KORTSTOKK_E2E_DIST ?? 'dist';
const executablePath = findChromium() ?? undefined;
// The live room's storage (rooms.sqlite): a fresh folder per run, never the project's ./data.
process.env.KORTSTOKK_E2E_DATA_DIR ||= mkdtempSync(join(tmpdir(), 'kortstokk-e2e-rooms-'));

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: `test-results/${PORT}`,
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${PORT}/`,
    locale: 'nb-NO',
    // Debian's Chromium, never a downloaded browser.
    launchOptions: { executablePath, args: CHROMIUM_FLAGS },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  // The app's own server (server/), compiled as `npm run build` does, run as `npm run serve` runs it.
  webServer: {
    command: `node node_modules/typescript/bin/tsc -p server && node build/server/main.js ${DIST}`,
    env: { HOST: '127.0.0.1', PORT: String(PORT), KORTSTOKK_DATA_DIR: process.env.KORTSTOKK_E2E_DATA_DIR },
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
