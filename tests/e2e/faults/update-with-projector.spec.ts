import type { Page } from '@playwright/test';
import { test, expect, waitForApp, waitForOfflineReady } from '../support/fixtures.ts';
import { twoBuilds } from '../support/two-builds.ts';
import { holdNotesWrites, notesOnDiskWhileHeld } from './support/hold-notes-writes.ts';
import { storedNotes } from './support/notes-db.ts';
import { probeRescueAtStart, rescueAtStart } from './support/rescue-probe.ts';

// Two real builds on one origin (the technique of tests/e2e/update.spec.ts, its own server):
// the update is accepted in one tab while the projector tab has unsaved text and a running timer.
const builds = twoBuilds();
const { serve } = builds;
const DIST = builds.dist;
const RUN = './#/present?template=verksted-ledelse';
const TEXT = 'Ikke lagret ennå: æøå, «sitat» og 3 tall.';
/** How long the projector's disk stays busy after the new version has taken over. */
const SLOW_DISK_MS = 1500;

test.use({ viewport: { width: 1920, height: 1080 } });

const stage = (page: Page) => page.getByRole('region', { name: 'Storskjermen' });
const notes = (page: Page) => page.getByRole('textbox', { name: /Dine notater til dette steget/ });
const buildId = (page: Page) => page.getByTestId('build-id').textContent();
const facilitatorTexts = (stored: { kind: unknown; text: unknown }[]) =>
  stored.filter((note) => note.kind === 'facilitator').map((note) => note.text);
/** Seconds left on the projector's clock (its digits read m:ss after a hidden «remaining» label). */
const secondsLeft = async (page: Page) => {
  const [, m, sec] = /(\d+):(\d\d)/.exec((await stage(page).getByRole('timer').textContent()) ?? '') ?? [];
  return Number(m) * 60 + Number(sec);
};

test('an update accepted in another tab waits for the projector’s notes; its timer runs on', async ({
  page,
  context,
}) => {
  // Rescued notes (localStorage, written as a page goes) are remembered as each page starts.
  await probeRescueAtStart(context);
  await serve(DIST);
  await page.goto('./#/settings');
  await waitForOfflineReady(page);
  const oldBuild = await buildId(page);

  const projector = await context.newPage();
  await projector.goto(RUN);
  await waitForApp(projector); // a fresh tab shows the pre-rendered presenter, inert, until then
  await expect(stage(projector)).toBeVisible();
  // «Lagret på enheten»: the notes database is open, so the hold below can take its lock.
  await expect(projector.getByText('Lagret på enheten')).toBeVisible();
  await projector.keyboard.press('Space');
  await expect(stage(projector)).toHaveAttribute('data-status', 'running');

  await serve(`${DIST}-next`);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  const accept = page.getByRole('button', { name: 'Oppdater nå' });
  await expect(accept).toBeVisible();

  await page.waitForTimeout(1500);
  const before = await secondsLeft(projector);
  expect(before).toBeGreaterThan(0);

  // The projector's disk is busy: what is typed now stays in memory until the disk frees up,
  // which is only SLOW_DISK_MS after the new version took over.
  await holdNotesWrites(projector, SLOW_DISK_MS);
  await notes(projector).pressSequentially(TEXT, { delay: 5 });
  await expect(projector.getByText('Lagrer …')).toBeVisible();
  expect(facilitatorTexts(await notesOnDiskWhileHeld(projector)), 'nothing typed is on disk yet').toEqual([]);

  const reloaded = projector.waitForEvent('load');
  await Promise.all([page.waitForEvent('load'), accept.click()]);
  await reloaded;

  const newBuild = await buildId(page);
  expect(newBuild).not.toBe(oldBuild);
  expect(newBuild).toMatch(/^next-/);
  await expect(notes(projector)).toHaveValue(TEXT);
  expect(facilitatorTexts(await storedNotes(projector)), 'every character is on disk').toEqual([TEXT]);
  // The old page wrote it to IndexedDB before it went: the localStorage rescue (written on
  // pagehide for whatever is still unsaved) had nothing to carry over.
  expect(await rescueAtStart(projector), 'notes left for the rescue').toEqual([]);
  await expect(stage(projector)).toHaveAttribute('data-status', 'running');
  // The timer was not restarted by the reload: it shows no more time than before.
  expect(await secondsLeft(projector)).toBeLessThanOrEqual(before);

  // The reloaded projector runs the new build: its settings screen, reached without loading
  // the page again (a hash change in the same document), shows the new build id.
  await projector.evaluate(() => {
    (window as unknown as { marker: string }).marker = 'same document';
    window.location.hash = '#/settings';
  });
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Innstillinger');
  expect(await buildId(projector)).toBe(newBuild);
  expect(await projector.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
    'same document',
  );
});
