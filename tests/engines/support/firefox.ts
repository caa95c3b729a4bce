import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type ElementHandle } from 'puppeteer-core';
import { drainErrorListener, installErrorListener, type Engine } from './engine.ts';
import { requireProgram } from './processes.ts';

// Gecko from Debian's firefox-esr, driven by Puppeteer over WebDriver BiDi (no geckodriver).
// Downloads go to a folder of the run's own, without asking (Firefox's preferences).

const FIREFOX = '/usr/bin/firefox-esr';

export async function launchFirefox(size: { width: number; height: number }): Promise<Engine> {
  requireProgram(FIREFOX, 'firefox-esr');
  const home = mkdtempSync(join(tmpdir(), 'kortstokk-firefox-'));
  const downloads = join(home, 'downloads');
  mkdirSync(downloads);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: join(home, 'profile'),
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'intl.accept_languages': 'nb-NO, nb',
    },
  });
  try {
    const version = await browser.version();
    const page = await browser.newPage();
    await page.setViewport(size);
    const errors: string[] = [];
    // WebDriver BiDi's log events: console errors and uncaught errors, from the first script on.
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${String(error)}`));
    // The same listener as on WebKit (CSP violations are events, not log entries), from document start.
    await page.evaluateOnNewDocument(installErrorListener);
    const harvest = async () => {
      errors.push(...(await page.evaluate(drainErrorListener).catch(() => [] as string[])));
    };
    return {
      name: 'firefox',
      version,
      downloads,
      viewport: () => page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight })),
      async goto(url) {
        await harvest();
        await page.goto(url);
      },
      async reload() {
        await harvest();
        await page.reload();
      },
      run: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
      runSource: (source) => page.evaluate(source),
      click: (selector) => page.click(selector),
      type: (selector, text) => page.type(selector, text),
      async select(selector, value) {
        await page.select(selector, value);
      },
      async upload(selector, path) {
        const input = await page.$(selector);
        if (!input) throw new Error(`firefox: no ${selector}`);
        await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
      },
      async takeErrors() {
        await harvest();
        return errors.splice(0);
      },
      screenshot: async (path) => {
        await page.screenshot({ path: path as `${string}.png` });
      },
      async close() {
        await browser.close().catch(() => undefined);
        rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
}
