import { test, expect } from './support/fixtures.ts';
import { firstPaint, WATCH, withoutApp } from './support/first-paint.ts';

// A deep link to these screens paints the screen from index.html alone (a pre-rendered shell),
// and the app then takes over without anything moving: the first paint is the screen, not an
// empty page waiting for JavaScript, decks and strings.
const SHELLS = [
  { hash: '#/solo', h1: 'Alene', lead: /^Trekk et kort, ta et par minutter stille stund/ },
  { hash: '#/decks', h1: 'Kortstokkene', lead: /^Alle kortene, ordnet i kortstokker/ },
  { hash: '#/decks?view=draw', h1: 'Trekk kort', lead: /^Velg hvilke kort du vil trekke fra/ },
  { hash: '#/workshop', h1: 'Workshop', lead: /^Planlegg samlingen som en kjøreplan/ },
  { hash: '#/notes', h1: 'Notatvegg', lead: /^Samle inn notatene deltakerne leverer/ },
];

for (const { hash, h1, lead } of SHELLS) {
  test(`${hash} paints its screen before any JavaScript has run`, async ({ page }) => {
    await withoutApp(page);
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('main').locator('p.lead')).toHaveText(lead);
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page).toHaveTitle(`${h1} – Kortstokk`);
    // Inert until the app has taken over: nothing typed or ticked there would survive.
    await expect(page.getByRole('main')).toHaveJSProperty('inert', true);
  });

  test(`${hash}: the app takes over its shell without moving anything`, async ({ page }) => {
    await page.addInitScript(WATCH);
    await page.goto(`./${hash}`);
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

test('a deep link in another language does not show the bokmål shell', async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'kortstokk-prefs',
      JSON.stringify({ state: { prefs: { language: 'en', motion: 'system' } }, version: 2 }),
    ),
  );
  await withoutApp(page);
  await page.goto('./#/solo');
  await expect(page.getByRole('main')).toBeHidden();
  await page.unroute(/\/assets\/index-[^/]+\.js$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('On my own');
  await expect(page.getByText('Trekk et kort', { exact: true })).toHaveCount(0);
});
