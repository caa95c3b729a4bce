import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, waitForOfflineReady } from './support/fixtures.ts';
import { twoBuilds } from './support/two-builds.ts';

// Two real builds on one origin: `dist` is running, then the server is swapped to
// `dist-next` (same code, another build id), as when a host publishes a new version.
const builds = twoBuilds();
const { serve } = builds;
const DIST = builds.dist;

const buildId = (page: Page) => page.getByTestId('build-id').textContent();

test('a new version is offered, never reloads by itself, and takes over only when accepted', async ({
  page,
}) => {
  await serve(DIST);
  await page.goto('./#/settings');
  await waitForOfflineReady(page);
  const oldBuild = await buildId(page);

  await serve(`${DIST}-next`);
  await page.evaluate(() => {
    (window as unknown as { marker: string }).marker = 'still here';
  });
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  await expect(page.getByText('Ny versjon tilgjengelig.')).toBeVisible();
  await expectAccessible(page, 'update banner');

  // Give a self-reloading worker every chance to misbehave, then check nothing happened.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');
  expect(await buildId(page)).toBe(oldBuild);

  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Oppdater nå' }).click()]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Innstillinger');
  expect(await buildId(page)).not.toBe(oldBuild);
  expect(await buildId(page)).toMatch(/^next-/);
});

test('«Senere» hides the offer and keeps the running version', async ({ page }) => {
  await serve(DIST);
  await page.goto('./#/settings');
  await waitForOfflineReady(page);
  const oldBuild = await buildId(page);
  await serve(`${DIST}-next`);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  await page.getByRole('button', { name: 'Senere' }).click();
  await expect(page.getByText('Ny versjon tilgjengelig.')).toBeHidden();
  expect(await buildId(page)).toBe(oldBuild);
});
