import { test, expect, expectAccessible, waitForApp, waitForOfflineReady } from './support/fixtures.ts';
import { twoBuilds } from './support/two-builds.ts';

// Two real builds on one origin, as in update.spec.ts (its own server on a free port, so the two
// files can run side by side): a new version arrives while a round is running.
const builds = twoBuilds();
const { serve } = builds;
const DIST = builds.dist;

test.use({ viewport: { width: 1920, height: 1080 } });

test('a new version waits while a step’s timer runs and is offered once it is paused', async ({ page }) => {
  await serve(DIST);
  await page.goto('./#/present?template=verksted-ledelse');
  await expect(page.getByRole('region', { name: 'Storskjermen' })).toBeVisible();
  await waitForApp(page); // the pre-rendered presenter is inert until the app has taken over
  await waitForOfflineReady(page);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  await serve(`${DIST}-next`);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  await expect(page.getByText('En ny versjon er klar. Den venter til runden er ferdig.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Oppdater nå' })).toHaveCount(0);

  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Oppdater nå' })).toBeVisible();
  await expect(page.getByText('Ny versjon tilgjengelig.')).toBeVisible();
  await expectAccessible(page, 'presenter with the update offer');
});
