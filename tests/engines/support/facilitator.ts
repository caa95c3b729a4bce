import puppeteer, { type ElementHandle } from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from '../../../scripts/find-chromium.mjs';
import { requireProgram, until } from './processes.ts';

/**
 * The facilitator's laptop (Chromium, the engine the rest of the browser tests use): opens the
 * notes wall, imports the given hand-in files through «Velg filer», and returns what the import
 * summary says, with any console errors seen on the way.
 */
export async function facilitatorImports(origin: string, files: string[]) {
  const executablePath = requireProgram(findChromium() ?? '/usr/bin/chromium', 'chromium');
  // In Norwegian, as the facilitator's laptop is (the app follows the browser's language).
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--lang=nb-NO', '--accept-lang=nb-NO,nb'],
    env: { ...process.env, LANGUAGE: 'nb' },
  });
  try {
    const version = await browser.version();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${origin}/#/notes`);
    // Not the pre-rendered shell's copy of the page (inert until the app renders over it).
    const input = await until(
      () => page.$('main:not([inert]) input[type="file"][aria-label="Velg filer"]'),
      "chromium: the notes wall's «Velg filer»",
    );
    await (input as ElementHandle<HTMLInputElement>).uploadFile(...files);
    const summary = await until(
      () => page.evaluate(() => document.querySelector('.import-summary')?.textContent?.trim() ?? ''),
      'chromium: the import summary',
    ).catch(async (error: Error) => {
      const main = await page.evaluate(() => document.querySelector('main')?.innerText ?? '');
      throw new Error(`${error.message}; the page said: ${main}; errors: ${errors.join(' | ')}`);
    });
    const perFile = await page.evaluate(
      () => document.querySelector('.import-files')?.textContent?.trim() ?? '',
    );
    return { version, summary, perFile, errors };
  } finally {
    await browser.close();
  }
}
