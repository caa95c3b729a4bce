import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, waitForOfflineReady } from './support/fixtures.ts';
import { firstPaint, WATCH, withoutApp } from './support/first-paint.ts';

// Every screen has a page of its own, and these pages paint their screen from the HTML alone (a
// pre-rendered shell in the visitor's language); the app then takes over without anything moving:
// the first paint is the screen, not an empty page waiting for JavaScript, decks and strings.
const SHELLS = [
  { url: 'solo/', h1: 'Alene', lead: /^Trekk et kort, ta et par minutter stille stund/ },
  { url: 'decks/?view=draw', h1: 'Trekk kort', lead: /^Velg hvilke kort du vil trekke fra/ },
  { url: 'workshop/', h1: 'Workshop', lead: /^Planlegg samlingen som en kjøreplan/ },
  { url: 'notes/', h1: 'Notatvegg', lead: /^Samle inn notatene deltakerne leverer/ },
  { url: 'privacy/', h1: 'Personvern', lead: /^Kortstokk har ingen konto og ingen sporing/ },
  { url: 'accessibility/', h1: 'Tilgjengelighetserklæring', lead: /^Kortstokk skal kunne brukes av alle/ },
];

for (const { url, h1, lead } of SHELLS) {
  test(`${url} paints its screen before any JavaScript has run`, async ({ page }) => {
    await withoutApp(page);
    await page.goto(`./${url}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('main').locator('p.lead')).toHaveText(lead);
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page).toHaveTitle(`${h1} – Kortstokk`);
    // Inert until the app has taken over: nothing typed or ticked there would survive.
    await expect(page.getByRole('main')).toHaveJSProperty('inert', true);
    await expect(page.getByRole('combobox', { name: 'Språk' })).toBeDisabled();
  });

  test(`${url}: the app takes over its shell without moving anything`, async ({ page }) => {
    await page.addInitScript(WATCH);
    await page.goto(`./${url}`);
    await expect(page.getByRole('combobox', { name: 'Språk' })).toBeEnabled();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    const seen = await firstPaint(page);
    expect(seen.shifts).toBeLessThan(0.01);
    // The largest paint is the shell's, before the app took over; the app painted nothing larger.
    const largest = seen.lcp.at(-1)!;
    expect(largest.at).toBeLessThan(seen.takeover);
    expect(largest.text.length).toBeGreaterThan(40);
  });
}

const prefer = (page: Page, language: string) =>
  page.addInitScript(
    (lang) =>
      localStorage.setItem(
        'kortstokk-prefs',
        JSON.stringify({ state: { prefs: { language: lang, motion: 'system' } }, version: 2 }),
      ),
    language,
  );

test('a screen paints in the language the visitor chose, before any JavaScript has run', async ({ page }) => {
  await prefer(page, 'en');
  await withoutApp(page);
  await page.goto('./solo/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('On my own');
  await expect(page.getByText('Trekk et kort', { exact: true })).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await prefer(page, 'nn');
  await page.goto('./decks/?view=draw');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trekk kort');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await page.unroute(/\/assets\/index-[^/]+\.js$/);
  await page.goto('./');
  await expect(page.getByRole('link', { name: /Workshop/ }).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
});

// Seat cards and QR codes printed before screens had pages of their own carry `/#/…` addresses.
const OLD = [
  { old: '#/solo', url: /\/solo\/$/, h1: 'Alene' },
  { old: '#/decks?view=draw', url: /\/decks\/\?view=draw$/, h1: 'Trekk kort' },
  {
    old: '#/present?template=framtid-45',
    url: /\/present\/\?template=framtid-45$/,
    h1: /^Framtidsdiskusjon/,
  },
  { old: '#/settings', url: /\/settings\/$/, h1: 'Innstillinger' },
];

test('old #/… addresses open their screen, online and offline', async ({ page }) => {
  for (const { old, url, h1 } of OLD) {
    await page.goto(`./${old}`);
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
  }
  await waitForOfflineReady(page);
  await page.context().setOffline(true);
  for (const { old, url, h1 } of OLD) {
    await page.goto(`./${old}`);
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
  }
  await page.goto('./#/nope');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden');
  await expectAccessible(page, 'unknown old address');
});

// A facilitator reopens a built-in template's presenter (or reloads it in a new tab): the
// projector shows the first step's card and full timer from its page, in the projector theme.
const PRESENT = 'present/?template=verksted-ledelse';
const FIRST_CARD = /^Tenk deg en tjeneste der alle er på jobb og tilgjengelig hver dag\./;
const stage = (page: Page) => page.getByRole('region', { name: 'Storskjermen' });

test.describe('a presented template, on a projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test(`${PRESENT} paints the first step before any JavaScript has run`, async ({ page }) => {
    await withoutApp(page);
    await page.goto(`./${PRESENT}`);
    await expect(stage(page).locator('.qcard-text')).toHaveText(FIRST_CARD);
    await expect(stage(page).getByRole('timer')).toHaveText(/03:00$/);
    await expect(page.locator('html')).toHaveAttribute('data-presenting', 'presenter');
    await expect(page.getByRole('banner')).toBeHidden(); // the projector theme, as the app shows it
    await expect(page).toHaveTitle('Verksted ledelse: nærvær – Kortstokk');
    await expect(page.getByRole('main')).toHaveJSProperty('inert', true);
  });

  test(`${PRESENT}: the app takes over the first step without moving anything`, async ({ page }) => {
    await page.addInitScript(WATCH);
    await page.goto(`./${PRESENT}`);
    await expect(page.getByRole('main')).not.toHaveJSProperty('inert', true);
    await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
    const seen = await firstPaint(page);
    expect(seen.shifts).toBeLessThan(0.01);
    const largest = seen.lcp.at(-1)!;
    expect(largest.at).toBeLessThan(seen.takeover);
    expect(largest.text).toMatch(FIRST_CARD);
  });

  test(`${PRESENT}: a clicker pressed before the app takes over still moves the step`, async ({ page }) => {
    // The app's entry is held back until the keys are pressed: the window a slow projector
    // laptop has for seconds.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`./${PRESENT}`, { waitUntil: 'commit' }); // the held entry delays «load»
    await expect(stage(page).locator('.qcard-text')).toHaveText(FIRST_CARD);
    await expect(page.getByRole('main')).toHaveJSProperty('inert', true);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageDown');
    expect(await page.evaluate(() => window.scrollY)).toBe(0); // the shell did not scroll away
    release();
    await expect(page.getByRole('main')).not.toHaveJSProperty('inert', true);
    // Each key in order, each from where the one before left it: 1 → 2 → 3 → 2 → 3.
    await expect(stage(page)).toContainText('Runde 3 av 4');
    await expectAccessible(page);
  });

  test(`${PRESENT}: a tab that has presented it gets no first-step copy, but its own place`, async ({
    page,
  }) => {
    await page.goto(`./${PRESENT}`);
    await expect(page.getByRole('main')).not.toHaveJSProperty('inert', true);
    await page.keyboard.press('PageDown');
    await expect(stage(page)).toContainText('Runde 2 av 4');
    await withoutApp(page);
    await page.reload();
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('main')).toBeHidden(); // not step 1: the app brings back round 2
    await page.unroute(/\/assets\/index-[^/]+\.js$/);
    await page.reload();
    await expect(stage(page)).toContainText('Runde 2 av 4');
  });
});
