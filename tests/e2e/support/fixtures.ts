import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchContext } from './guard.ts';

type Fixtures = {
  /**
   * Opens another watched context (a second device), e.g. a phone beside the laptop. `allowedErrors`:
   * console lines this device is expected to log (see serverDownErrors in app-server.ts).
   */
  newDevice: (options?: BrowserContextOptions, allowedErrors?: readonly RegExp[]) => Promise<Page>;
};

/** Playwright's test, with every context watched for errors, CSP violations, cookies and foreign requests. */
export const test = base.extend<Fixtures>({
  context: async ({ context, baseURL }, use) => {
    const guard = watchContext(context, new URL(baseURL!).origin);
    await use(context);
    const problems = [...guard.problems, ...(await guard.cookies())];
    expect(problems, 'console errors, CSP violations, cookies or foreign requests').toEqual([]);
  },
  newDevice: async ({ browser, baseURL }, use) => {
    const opened: { context: BrowserContext; guard: ReturnType<typeof watchContext> }[] = [];
    await use(async (options = {}, allowedErrors = []) => {
      const context = await browser.newContext({ baseURL, ...options });
      // A device of a server the spec started itself is watched against that server's origin.
      const guard = watchContext(context, new URL(options.baseURL ?? baseURL!).origin, allowedErrors);
      opened.push({ context, guard });
      return context.newPage();
    });
    for (const { context, guard } of opened) {
      const problems = [...guard.problems, ...(await guard.cookies())];
      await context.close();
      expect(problems, 'console errors, CSP violations, cookies or foreign requests').toEqual([]);
    }
  },
});

export { expect };

/**
 * Waits until the app has rendered over a deep link's pre-rendered shell, which is inert (a key
 * pressed or a box ticked there would be lost, so the browser lets nothing in).
 */
export async function waitForApp(page: Page) {
  await expect(page.locator('main[inert]')).toHaveCount(0);
}

/** Operates a control with the keyboard, as a keyboard user would: focus it, press a key. */
export async function press(control: Locator, key = 'Enter') {
  await waitForApp(control.page());
  await control.focus();
  await control.press(key);
}

/** Runs axe-core (WCAG 2.0–2.2 A/AA) on the page and fails with the violations found. */
export async function expectAccessible(page: Page, label = page.url()) {
  // A deep link's pre-rendered shell is inert (hidden from assistive technology) for the moment
  // until the app renders over it; the screen to check is the app's.
  await waitForApp(page);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const violations = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(violations, `axe violations on ${label}`).toEqual([]);
}

/** Waits until the service worker controls the page, i.e. the app is cached for offline use. */
export async function waitForOfflineReady(page: Page) {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return Boolean(reg.active && navigator.serviceWorker.controller);
  });
}
