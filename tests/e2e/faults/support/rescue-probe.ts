import type { BrowserContext, Page } from '@playwright/test';

/** The localStorage prefix of the synchronous notes rescue (src/storage/rescue.ts RESCUE_PREFIX). */
export const RESCUE_PREFIX = 'kortstokk-notes-rescue:';

/**
 * Before any script of each new document runs, remembers the rescued notes the pages before it
 * left in localStorage (the app reads and clears them on start). Read-only: the app is unchanged.
 */
export async function probeRescueAtStart(context: BrowserContext): Promise<void> {
  await context.addInitScript((prefix) => {
    // about:blank (a new tab before its first navigation) has no storage of its own.
    if (window.location.protocol !== 'http:') return;
    const values = Object.keys(localStorage)
      .filter((key) => key.startsWith(prefix))
      .map((key) => localStorage.getItem(key) ?? '');
    (window as unknown as { rescueAtStart: string[] }).rescueAtStart = values;
  }, RESCUE_PREFIX);
}

/** The rescued notes (raw JSON strings) that were waiting when this document started. */
export async function rescueAtStart(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { rescueAtStart: string[] }).rescueAtStart);
}
