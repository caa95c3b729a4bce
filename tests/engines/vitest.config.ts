import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The cross-engine browser tests (WebKit, Firefox; Chromium as the facilitator): real browsers,
// one file at a time (2 cores), long but bounded timeouts. `npm run test:engines`.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/engines/**/*.engine.ts'],
    environment: 'node',
    globalSetup: ['tests/engines/support/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 240_000,
    hookTimeout: 120_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/engines.json' },
  },
});
