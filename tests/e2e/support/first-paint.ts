import type { Page } from '@playwright/test';

// What a visitor sees first: an app entry that does nothing (the page before any of the app's
// JavaScript ran), and a record of layout shifts, largest-paint candidates and the moment the app
// took over a pre-painted screen. Used by the deep-link shell and hand pre-paint specs.

/** Serves an app entry that does nothing: what the visitor sees before any JavaScript ran. */
export async function withoutApp(page: Page) {
  await page.route(/\/assets\/index-[^/]+\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: '' }),
  );
}

// Records layout shifts, LCP candidates, and when the app took over (the language menu, inert
// in the shell, is enabled by the app's first render).
export const WATCH = () => {
  const seen = { shifts: 0, lcp: [] as { at: number; text: string }[], takeover: null as number | null };
  Object.assign(window, { __seen: seen });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) seen.shifts += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { element: Element | null })[])
      seen.lcp.push({ at: e.startTime, text: e.element?.textContent ?? '' });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const poll = () => {
    const select = document.getElementById('language-select') as HTMLSelectElement | null;
    if (select && !select.disabled) seen.takeover = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
};

/** What WATCH saw, once late effects (stored notes, run-sheets) have settled. */
export async function firstPaint(page: Page) {
  await page.waitForTimeout(300);
  return page.evaluate(
    () =>
      (
        window as unknown as {
          __seen: { shifts: number; lcp: { at: number; text: string }[]; takeover: number };
        }
      ).__seen,
  );
}

/** Holds the app's entry until `release()`: the page as a visitor has it while the app is on its way. */
export async function holdApp(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
