import { test, expect, expectAccessible, waitForOfflineReady } from './support/fixtures.ts';

const ROUTES: [string, string][] = [
  ['/', 'Kortstokk'],
  ['/workshop', 'Workshop'],
  ['/join', 'Bli med'],
  ['/solo', 'Alene'],
  ['/decks', 'Kortstokkene'],
  ['/settings', 'Innstillinger'],
];

test('after the first visit the app starts, reloads and deep-links with the network off', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await expect(page.getByText('Kortstokk er klar til bruk uten nett.')).toBeVisible();
  await waitForOfflineReady(page);
  await expectAccessible(page, 'home with offline notice');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kortstokk');
  for (const [path, h1] of ROUTES) {
    await page.goto(`./#${path}`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 }), `offline ${path}`).toHaveText(h1);
  }
  // Other languages are loaded on demand: they must be in the cache too.
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Innstillingar');
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
});

test('a fresh tab opened offline on a deep link starts from the cache', async ({ page, context }) => {
  await page.goto('./');
  await waitForOfflineReady(page);
  await context.setOffline(true);
  const tab = await context.newPage();
  await tab.goto('./#/solo');
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Alene');
});
