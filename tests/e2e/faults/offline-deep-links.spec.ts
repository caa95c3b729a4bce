import type { Page } from '@playwright/test';
import { test, expect, waitForApp, waitForOfflineReady } from '../support/fixtures.ts';

// After one online visit, every route starts from the cache in a fresh tab with the network off.
const ROUTES: [string, string | null][] = [
  ['/', 'Kortstokk'],
  ['/workshop', 'Workshop'],
  ['/present?template=verksted-ledelse', null],
  ['/join', 'Bli med'],
  ['/notes', 'Notatvegg'],
  ['/solo', 'Alene'],
  ['/decks', 'Kortstokkene'],
  ['/settings', 'Innstillinger'],
  ['/privacy', 'Personvern'],
  ['/accessibility', 'Tilgjengelighetserklæring'],
];

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('every route deep-links offline in a fresh tab after one online visit', async ({ page, context }) => {
  await page.goto('./');
  await waitForOfflineReady(page);
  await context.setOffline(true);
  for (const [path, title] of ROUTES) {
    const tab = await context.newPage();
    await tab.goto(`./#${path}`);
    // A pre-rendered screen shows at once; the app itself must have started too.
    await waitForApp(tab);
    if (title) await expect(h1(tab), `offline ${path}`).toHaveText(title);
    else await expect(tab.getByRole('region', { name: 'Storskjermen' }), `offline ${path}`).toBeVisible();
    await expect(tab.getByText('Noe gikk galt'), `offline ${path}`).toHaveCount(0);
    await tab.close();
  }
});
