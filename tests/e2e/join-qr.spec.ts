import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAccessible, press } from './support/fixtures.ts';
import { groupFromTemplate } from './support/workshop.ts';

// The join QR code is never a dead end. These tests serve the app on localhost, the very address
// no phone can open: the «Bli med» screen and the seat cards must say so above the QR code, and
// say what to do instead. Then the presenter shows the code large for late arrivals — keys only:
// Q opens it (with the code and the address), Esc closes it, and the audience window follows.
// (That a public HTTPS address gets no warning is a unit and component test: this browser can
// only be served from loopback here.)

test.use({ viewport: { width: 1920, height: 1080 } });

const TEMPLATE = 'Verksted ledelse: nærvær';
const LOOPBACK = 'Denne adressen virker bare på denne maskinen';

const warning = (page: Page) => page.getByRole('alert').filter({ hasText: LOOPBACK });

/** The vertical position of an element's top edge on the page. */
async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box.y;
}

/** How many A4 pages the page prints on, with half-inch margins. */
async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: '12.7mm', bottom: '12.7mm', left: '12.7mm', right: '12.7mm' },
  });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}

test('on localhost the «Bli med» screen and the seat cards say phones cannot open the QR code', async ({
  page,
}) => {
  await groupFromTemplate(page, TEMPLATE, 16);
  const host = new URL(page.url()).host;

  // «Bli med»: one calm alert above the QR code, naming the address and what to do instead.
  await expect(warning(page)).toHaveCount(1);
  await expect(warning(page)).toContainText(`${host} peker alltid på den maskinen som åpner adressen.`);
  await expect(warning(page)).toContainText('kommunens offentlige HTTPS-adresse');
  await expect(warning(page)).toContainText('se avsnittet «Deploy» i README-filen til Kortstokk');
  const qr = page.getByRole('img', { name: 'QR-kode med lenken for å bli med' });
  expect(await top(warning(page))).toBeLessThan(await top(qr));
  await expectAccessible(page, 'join screen with the address warning');

  // «Skriv ut plasskort»: the same warning once, above the cards, not on each card.
  await press(page.getByRole('link', { name: 'Skriv ut plasskort' }));
  const cards = page.getByRole('list', { name: 'Plasskort for 16 plasser' });
  await expect(cards.getByRole('listitem')).toHaveCount(16);
  await expect(warning(page)).toHaveCount(1);
  await expect(cards.getByRole('alert')).toHaveCount(0);
  expect(await top(warning(page))).toBeLessThan(await top(cards));
  await expectAccessible(page, 'seat cards with the address warning');

  // On paper too: one line above the cards, that costs no page.
  await page.emulateMedia({ media: 'print' });
  await expect(warning(page)).toBeVisible();
  await expect(warning(page)).toHaveText(LOOPBACK, { useInnerText: true });
  const withWarning = await printedPages(page);
  await warning(page).evaluate((element) => element.remove());
  expect(await printedPages(page)).toBe(withWarning);
});

test('presenting a group: Q shows the join QR code large, Esc closes it, the audience window follows', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await groupFromTemplate(page, TEMPLATE, 10);
  const code = (await page.locator('.join-code').textContent())!;
  const address = (await page.locator('.join-url').textContent())!;

  await press(page.getByRole('link', { name: 'Start presentasjon' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEMPLATE);
  const [audience] = await Promise.all([
    context.waitForEvent('page'),
    press(page.getByRole('button', { name: 'Åpne publikumsvindu' })),
  ]);
  const audienceStage = audience.getByRole('region', { name: 'Storskjermen' });
  await expect(audienceStage.getByRole('heading', { level: 2, name: 'Speed-date' })).toBeVisible();
  await page.bringToFront();
  // The clicker's keys go to the page, not to the button that opened the window.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  // The key legend lists Q.
  await page.keyboard.press('?');
  const legend = page.getByRole('region', { name: 'Hurtigtaster' });
  await expect(
    legend.locator('.key-legend-row').filter({ has: page.locator('kbd', { hasText: /^Q$/ }) }),
  ).toHaveText('QVis eller skjul QR-koden for å bli med');
  await page.keyboard.press('Escape');
  await expect(legend).toBeHidden();

  // Q: the code over the whole window, with the short code and the address, and the warning.
  await page.keyboard.press('q');
  const view = page.getByRole('region', { name: 'Bli med' });
  await expect(view.getByRole('img', { name: 'QR-kode for å bli med i workshopen' })).toBeVisible();
  await expect(view.locator('.join-qr-code strong')).toHaveText(code);
  await expect(view.locator('.join-qr-url')).toHaveText(address);
  await expect(view.getByRole('alert')).toContainText(LOOPBACK);
  await expect(page.getByRole('button', { name: 'Vis QR-kode' })).toHaveAttribute('aria-expanded', 'true');
  await expectAccessible(page, 'presenter: the big join QR code');

  // The audience window shows it too, without the facilitator's warning.
  const audienceView = audience.getByRole('region', { name: 'Bli med' });
  await expect(audienceView.getByRole('img', { name: 'QR-kode for å bli med i workshopen' })).toBeVisible();
  await expect(audienceView.locator('.join-qr-code strong')).toHaveText(code);
  await expect(audienceView.locator('.join-qr-url')).toHaveText(address);
  await expect(audience.getByRole('alert')).toHaveCount(0);
  await expectAccessible(audience, 'audience window: the big join QR code');

  // The clicker still runs the workshop underneath; Esc closes the code in both windows first.
  await page.keyboard.press('PageDown');
  await expect(audienceStage).toContainText('Runde 2 av 4');
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await expect(audienceView).toBeHidden();
  await expect(page.getByText('Trykk Esc en gang til for å avslutte presentasjonen.')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Storskjermen' })).toContainText('Runde 2 av 4');

  // Q again toggles it; a second Q closes it.
  await page.keyboard.press('Q');
  await expect(audienceView).toBeVisible();
  await page.keyboard.press('q');
  await expect(view).toBeHidden();
  await expect(audienceView).toBeHidden();
});

test('presenting a template without a group: Q explains how to get a join code', async ({ page }) => {
  await page.goto('./#/present?template=verksted-ledelse');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEMPLATE);
  await press(page.getByRole('button', { name: 'Vis QR-kode' }));
  const none = page.getByRole('region', { name: 'Ingen QR-kode ennå' });
  await expect(none).toContainText('«Sett opp gruppen»');
  await expect(none.getByRole('img')).toHaveCount(0);
  await expectAccessible(page, 'presenter: no group, no code');
  await page.keyboard.press('Escape');
  await expect(none).toBeHidden();
  await page.keyboard.press('q');
  await expect(none).toBeVisible();
});
