import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import type { Engine } from './engine.ts';
import { launchFirefox } from './firefox.ts';
import { launchWebKit } from './webkit.ts';

/** The build the suite serves (the same variable as the Chromium tests'); global-setup builds it. */
export const DIST = process.env.KORTSTOKK_E2E_DIST ?? 'dist';

/** A phone: an iPhone 12–15's CSS size. */
export const PHONE = { width: 390, height: 844 };

const LAUNCH = { webkit: launchWebKit, firefox: launchFirefox } as const;
type EngineName = keyof typeof LAUNCH;

/** KORTSTOKK_ENGINES=webkit (or firefox) runs one engine; both by default. */
const chosen = (process.env.KORTSTOKK_ENGINES ?? 'webkit,firefox')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is EngineName => name in LAUNCH);

/**
 * Runs `body` once per engine, each with a browser of its own (a fresh profile) that is closed
 * afterwards, also when a test fails. After each test: a screenshot when it failed, and no console
 * errors, uncaught errors or CSP violations may have been seen.
 */
export function eachEngine(body: (engine: () => Engine) => void) {
  describe.each(chosen)('%s', (name) => {
    let engine: Engine | undefined;
    beforeAll(async () => {
      engine = await LAUNCH[name](PHONE);
    });
    afterAll(async () => {
      await engine?.close();
    });
    afterEach(async (context) => {
      if (!engine) return;
      if (context.task.result?.state === 'fail') {
        mkdirSync('test-results/engines', { recursive: true });
        const file = `${name}-${context.task.name}`.replace(/[^a-z0-9-]+/gi, '-').slice(0, 100);
        await engine.screenshot(`test-results/engines/${file}.png`).catch(() => undefined);
      }
      expect(await engine.takeErrors(), `console errors on ${name}`).toEqual([]);
    });
    body(() => {
      if (!engine) throw new Error(`${name} did not start`);
      return engine;
    });
  });
}
