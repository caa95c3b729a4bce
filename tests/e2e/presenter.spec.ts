import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, waitForApp } from './support/fixtures.ts';

// A projector: 1080p. The presenter window and the audience window are two pages of one
// context (one laptop), kept in step over BroadcastChannel. page.clock is the context's clock,
// so both windows see the same fake time.
test.use({ viewport: { width: 1920, height: 1080 } });

const RUN = './#/present?template=verksted-ledelse';
const MIN = 60_000;

/**
 * Opens the template's presenter in this tab. A fresh tab paints it from index.html (inert) until
 * the app takes over; a clicker press before that is not seen, so the tests wait for the app.
 */
async function present(page: Page) {
  await page.goto(RUN);
  await waitForApp(page);
}

const stage = (page: Page) => page.getByRole('region', { name: 'Storskjermen' });
const stepHeading = (page: Page, name: string) => stage(page).getByRole('heading', { level: 2, name });
const clock = (page: Page) => stage(page).getByRole('timer');
const liveRegion = (page: Page) => stage(page).locator('.timer-display [role="status"]');
const isFullscreen = (page: Page) => page.evaluate(() => document.fullscreenElement !== null);

test('presents seed 004 end to end with keys only, the audience window following', async ({
  page,
  context,
}) => {
  await page.clock.install();
  await present(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verksted ledelse: nærvær');
  await expect(stepHeading(page, 'Speed-date')).toBeVisible();

  const audience = await context.newPage();
  await audience.goto(`${RUN}&view=audience`);
  await expect(stepHeading(audience, 'Speed-date')).toBeVisible();
  await expect(audience.getByRole('button')).toHaveCount(0); // the room sees card and timer only
  await expect(stage(audience).locator('.qcard-text')).toHaveText(/^Tenk deg en tjeneste der alle/);
  await expectAccessible(audience, 'audience window');
  await page.bringToFront();
  await expectAccessible(page, 'presenter window');

  // Speed-date, round 1: Space starts the timer, three minutes pass, the round ends.
  await page.keyboard.press('Space');
  await expect(stage(audience)).toHaveAttribute('data-status', 'running');
  await page.clock.fastForward(30_000);
  await expect(clock(audience)).toHaveText('Tid igjen: 02:30');
  await expect(clock(page)).toHaveText('Tid igjen: 02:30');
  await page.clock.fastForward(2.5 * MIN);
  for (const window of [page, audience]) {
    await expect(stage(window)).toHaveAttribute('data-status', 'finished');
    await expect(stage(window).getByText('Bytt partner!')).toBeVisible();
    await expect(liveRegion(window)).toHaveText('Tiden er ute');
  }
  await expect(stage(page).locator('.timer-end')).toHaveText('Tiden er ute');
  // Read once the stage has turned warm (a 2 s change): «Tiden er ute» keeps its contrast there.
  await expect(stage(audience)).toHaveCSS('background-color', 'rgb(31, 26, 18)');
  await expectAccessible(audience, 'audience window, time is up');

  // Round 2: a fresh timer; pause freezes both windows at the same time.
  await page.keyboard.press('PageDown');
  await expect(stage(audience)).toContainText('Runde 2 av 4');
  await expect(stage(audience)).toHaveAttribute('data-status', 'idle');
  await expect(clock(audience)).toHaveText('Tid igjen: 03:00');
  await page.keyboard.press('Space');
  await page.clock.fastForward(MIN);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Fortsett' })).toBeVisible();
  await expect(stage(audience)).toHaveAttribute('data-status', 'paused');
  await page.clock.fastForward(MIN);
  await expect(clock(audience)).toHaveText('Tid igjen: 02:00');
  await expect(clock(page)).toHaveText('Tid igjen: 02:00');

  // Back to round 1 (its timer kept its end), then on through rounds 3 and 4.
  await page.keyboard.press('PageUp');
  await expect(stage(audience)).toContainText('Runde 1 av 4');
  await expect(stage(audience)).toHaveAttribute('data-status', 'finished');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('PageDown');
  await expect(stage(audience)).toContainText('Runde 4 av 4');

  // «2 minutter stille stund»: calm (no digits on screen), a soft end.
  await page.keyboard.press('PageDown');
  await expect(stepHeading(audience, 'Stille stund')).toBeVisible();
  await expect(stage(audience)).toHaveAttribute('data-calm', 'true');
  await expect(stage(audience).locator('.timer-digits')).toHaveCount(0);
  await page.keyboard.press('Space');
  await page.clock.fastForward(2 * MIN);
  await expect(liveRegion(audience)).toHaveText('Tiden er ute');
  await expect(liveRegion(page)).toHaveText('Tiden er ute');
  await expect(stage(audience)).toHaveAttribute('data-status', 'finished');

  // Blank screen: B (and the «.» many clickers send) toggles it in both windows.
  await page.keyboard.press('b');
  for (const window of [page, audience]) {
    await expect(stage(window)).toHaveText('Storskjermen er blank. Trykk B for å vise den igjen.');
    await expect(stage(window).getByRole('timer')).toHaveCount(0);
  }
  await expectAccessible(audience, 'blank audience window');
  await expectAccessible(page, 'blank presenter window');
  await page.keyboard.press('.');
  await expect(stepHeading(audience, 'Stille stund')).toBeVisible();

  // Pair talk, then group work with its four themes to choose from.
  await page.keyboard.press('PageDown');
  await expect(stepHeading(audience, 'Samtale i par')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(stepHeading(audience, 'Gruppearbeid')).toBeVisible();
  await expect(stage(audience).locator('.qcard')).toHaveCount(4);
  await expectAccessible(audience, 'audience window, group work');
  // Beside the stage the facilitator reads about every card, also one whose only detail is its source.
  const side = page.getByRole('complementary');
  await expect(side.getByRole('heading', { name: 'Om kortet' })).toBeVisible();
  await expect(side.locator('.presenter-card-notes')).toHaveCount(4);
  for (const notes of await side.locator('.presenter-card-notes').all())
    await expect(notes.locator('.qcard-source')).toContainText('Kilde: Verksted Ledelse');

  // F: fullscreen where the browser allows it (the stage alone); Esc leaves it.
  await page.keyboard.press('f');
  if (await isFullscreen(page)) {
    await expect(page.getByRole('button', { name: 'Neste' })).toHaveCount(0);
    await expectAccessible(page, 'presenter fullscreen');
  }
  await page.keyboard.press('Escape');
  await expect.poll(() => isFullscreen(page)).toBe(false);
  await expect(page.getByRole('button', { name: 'Neste' })).toBeVisible();

  // The plenary is the last step: PageDown stays there.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(stepHeading(audience, 'Plenum')).toBeVisible();
  await expect(stage(page)).toContainText('Steg 5 av 5');
  await expect(page.getByText('Dette er siste steg.')).toBeVisible();

  // Esc with nothing left to leave asks once, and the second Esc ends presenting.
  await page.keyboard.press('Escape');
  await expect(page.getByText('Trykk Esc en gang til for å avslutte presentasjonen.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/workshop\/$/);
  await expect(audience.getByText('Presentasjonen er avsluttet.')).toBeVisible();
});

test('keys do nothing while typing a note, and the place survives a reload', async ({ page }) => {
  await present(page);
  await expect(stepHeading(page, 'Speed-date')).toBeVisible();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('Space');
  const notes = page.getByRole('textbox', { name: /Dine notater til dette steget/ });
  await notes.fill('');
  await notes.pressSequentially('Bra energi. Runde 3 b. ');
  await notes.press('PageDown');
  await expect(notes).toHaveValue('Bra energi. Runde 3 b. ');
  await expect(stage(page)).toContainText('Runde 2 av 4');
  await expect(stage(page)).toHaveAttribute('data-status', 'running');
  await expect(page.getByText('Lagret på enheten')).toBeVisible();
  await expect(page.getByText('Lagrer …')).toHaveCount(0);

  await page.reload();
  await expect(stage(page)).toContainText('Runde 2 av 4');
  await expect(stage(page)).toHaveAttribute('data-status', 'running');
  await expect(page.getByRole('textbox', { name: /Dine notater/ })).toHaveValue('Bra energi. Runde 3 b. ');
  await page.keyboard.press('?');
  await expect(page.getByRole('region', { name: 'Hurtigtaster' })).toBeVisible();
  await expectAccessible(page, 'presenter with key legend');
});

test('«Åpne publikumsvindu» opens the audience window, which catches up when opened late', async ({
  page,
}) => {
  await present(page);
  await expect(stepHeading(page, 'Speed-date')).toBeVisible();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('PageDown');
  await expect(stepHeading(page, 'Stille stund')).toBeVisible();
  const [audience] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Åpne publikumsvindu' }).click(),
  ]);
  expect(new URL(audience.url()).pathname + new URL(audience.url()).search).toBe(
    '/present/?template=verksted-ledelse&view=audience',
  );
  await expect(stepHeading(audience, 'Stille stund')).toBeVisible();
  await page.bringToFront();
  await page.keyboard.press('PageUp');
  await expect(stage(audience)).toContainText('Runde 4 av 4');
  // A clicker pointed at the projector's window still steers the presenter.
  await audience.bringToFront();
  await audience.keyboard.press('PageDown');
  await expect(stepHeading(page, 'Stille stund')).toBeVisible();
  await expect(stepHeading(audience, 'Stille stund')).toBeVisible();
  // A mouse click on «Neste» does not leave focus on it: the clicker's Space still starts the timer.
  await page.bringToFront();
  await page.getByRole('button', { name: 'Neste' }).click();
  await expect(stepHeading(audience, 'Samtale i par')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(stage(audience)).toHaveAttribute('data-status', 'running');
  await expect(stepHeading(page, 'Samtale i par')).toBeVisible();
});
