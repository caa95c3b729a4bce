import type { Page } from '@playwright/test';
import { test, expect, waitForOfflineReady } from '../support/fixtures.ts';
import { twoBuilds } from '../support/two-builds.ts';

// Two real builds on one origin (the technique of tests/e2e/update.spec.ts, its own port offset):
// the update is accepted in one tab while the projector tab has unsaved text and a running timer.
const builds = twoBuilds(41);
const { serve } = builds;
const DIST = builds.dist;
const RUN = './#/present?template=verksted-ledelse';

test.use({ baseURL: builds.origin, viewport: { width: 1920, height: 1080 } });

const stage = (page: Page) => page.getByRole('region', { name: 'Storskjermen' });
const notes = (page: Page) => page.getByRole('textbox', { name: /Dine notater til dette steget/ });
/** Seconds left on the projector's clock (its digits read m:ss after a hidden «remaining» label). */
const secondsLeft = async (page: Page) => {
  const [, m, sec] = /(\d+):(\d\d)/.exec((await stage(page).getByRole('timer').textContent()) ?? '') ?? [];
  return Number(m) * 60 + Number(sec);
};

test('an update accepted in another tab waits for the projector’s notes; its timer runs on', async ({
  page,
  context,
}) => {
  await serve(DIST);
  await page.goto('./#/settings');
  await waitForOfflineReady(page);
  const oldBuild = await page.getByTestId('build-id').textContent();

  const projector = await context.newPage();
  await projector.goto(RUN);
  await expect(stage(projector)).toBeVisible();
  await projector.keyboard.press('Space');
  await expect(stage(projector)).toHaveAttribute('data-status', 'running');

  await serve(`${DIST}-next`);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  const accept = page.getByRole('button', { name: 'Oppdater nå' });
  await expect(accept).toBeVisible();

  await page.waitForTimeout(1500);
  const before = await secondsLeft(projector);
  expect(before).toBeGreaterThan(0);
  // Typed, and the update accepted before the ≤ 300 ms save had a chance to run.
  await notes(projector).pressSequentially('Ikke lagret ennå.', { delay: 5 });
  const reloaded = projector.waitForEvent('load');
  await Promise.all([page.waitForEvent('load'), accept.click()]);
  await reloaded;

  expect(await page.getByTestId('build-id').textContent()).not.toBe(oldBuild);
  await expect(notes(projector)).toHaveValue('Ikke lagret ennå.');
  await expect(stage(projector)).toHaveAttribute('data-status', 'running');
  // The timer was not restarted by the reload: it shows no more time than before.
  expect(await secondsLeft(projector)).toBeLessThanOrEqual(before);
});
