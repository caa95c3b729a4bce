import { test, expect, expectAccessible, waitForOfflineReady, press } from './support/fixtures.ts';
import { groupFromTemplate } from './support/workshop.ts';

// The facilitator's whole journey in one go, on a projector-sized screen: plan from the seed-004
// template, set up the group, start presenting with keys only while the audience window follows,
// and a participant's phone joins with the link the QR code carries.

test.use({ viewport: { width: 1920, height: 1080 } });

const TEMPLATE = 'Verksted ledelse: nærvær';

test('plan from seed 004, present with keys and an audience window, a phone joins', async ({
  page,
  context,
  newDevice,
}) => {
  test.setTimeout(180_000);
  await groupFromTemplate(page, TEMPLATE, 6);
  const link = `http://${(await page.locator('.join-url').textContent())!}`;

  // Present: keys only from here.
  await press(page.getByRole('link', { name: 'Start presentasjon' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEMPLATE);
  const [audience] = await Promise.all([
    context.waitForEvent('page'),
    press(page.getByRole('button', { name: 'Åpne publikumsvindu' })),
  ]);
  const stage = audience.getByRole('region', { name: 'Storskjermen' });
  await expect(stage.getByRole('heading', { level: 2, name: 'Speed-date' })).toBeVisible();
  await expect(stage.locator('.qcard-text')).toHaveText(/^Tenk deg en tjeneste der alle/);
  await expectAccessible(audience, 'audience window from a planned session');
  await page.bringToFront();
  // The clicker's keys go to the page, not to the button that opened the window.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Space');
  await expect(stage).toHaveAttribute('data-status', 'running');
  await page.keyboard.press('Space');
  await expect(stage).toHaveAttribute('data-status', 'paused');
  await page.keyboard.press('PageDown');
  await expect(stage).toContainText('Runde 2 av 4');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('PageDown');
  await expect(stage.getByRole('heading', { level: 2, name: 'Stille stund' })).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByText('Storskjermen er blank.', { exact: false }).first()).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(stage.getByRole('heading', { level: 2, name: 'Stille stund' })).toBeVisible();
  await expectAccessible(page, 'presenter from a planned session');

  // A participant's phone opens the QR code's link and gets a hand from the same session.
  const phone = await newDevice({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await phone.goto(link);
  await expect(phone.getByRole('heading', { level: 1 })).toContainText(TEMPLATE);
  await expectAccessible(phone, 'phone joining');
  // The link carries the speed-date step's format and card choice: the phone shows the step's
  // instructions and, offline, the same round card as the projector (seed 004's first question).
  expect(link).toMatch(/&f=speed-date&cr=naervaer\/naervaer-001$/);
  await phone.getByLabel('Plassnummer (1–6)').fill('1');
  // Once the app is cached on the phone, the rest is worked out there without a network.
  await waitForOfflineReady(phone);
  await phone.context().setOffline(true);
  await phone.getByRole('button', { name: 'Vis kortene mine' }).click();
  const step = phone.getByRole('region', { name: 'Slik gjør dere' });
  await expect(step).toContainText('Finn en partner. Les kortet og snakk sammen til signalet.');
  await phone.getByText('Hvem møter du i hver runde?').click();
  const speedDate = phone.getByRole('region', { name: 'Speed-date' });
  await expect(speedDate.getByText('Runde 1 av 5')).toBeVisible();
  await expect(speedDate.locator('.speed-date-partner')).toContainText(/^Du møter plass \d\./);
  await expect(speedDate.locator('.qcard-text')).toHaveText(/^Tenk deg en tjeneste der alle/);
  await expect(speedDate.getByText('Kortet for runden vises på storskjermen.')).toHaveCount(0);
  await expectAccessible(phone, 'phone: speed-date with the round card');
});
