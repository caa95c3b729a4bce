import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { encodeJoin } from '../../src/domain/join/encode-join.ts';
import type { JoinSession } from '../../src/domain/join/join-session.ts';
import { test, expect, expectAccessible } from './support/fixtures.ts';

// The deck's current version, as a facilitator with an up-to-date app would put in the link.
const VERSION = (JSON.parse(readFileSync('cards/ledelse.json', 'utf8')) as { version: number }).version;
const SESSION: JoinSession = {
  v: 1,
  seed: 77,
  decks: [{ id: 'ledelse', version: VERSION }],
  seats: 8,
  cards: 3,
};
const QUERY = encodeJoin(SESSION);
const withLedelse = (ref: string) => QUERY.replace(`ledelse.${VERSION}`, ref);
const PHONE = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true, locale: 'nb-NO' };

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('tampered and broken links get a clear message and a way back, never a blank page', async ({
  newDevice,
}) => {
  const phone = await newDevice(PHONE);
  const cases: [string, RegExp][] = [
    [QUERY.replace('n=8', 'n=999'), /«antall deltakere» skal være fra 2 til 200/],
    [`${QUERY}&x=1`, /noe Kortstokk ikke kjenner \(«x»\)/],
    [QUERY.replace('s=77&', ''), /mangler en del \(«øktnummer»\)/],
    [QUERY.replace('s=77', 's=7%'), /delen «øktnummer» kan ikke leses/],
    [`${QUERY}&s=78`, /«øktnummer» to ganger/],
    [QUERY.replace('v=1', 'v=9'), /laget av en annen versjon av Kortstokk/],
    [`${QUERY}&t=${'x'.repeat(2100)}`, /for lang til å være en lenke fra Kortstokk/],
    ['%%%', /ufullstendig eller ødelagt/],
  ];
  for (const [query, message] of cases) {
    await phone.goto(`./#/join?${query}`);
    await expect(h1(phone)).toHaveText('Lenken virker ikke');
    await expect(phone.getByRole('alert')).toHaveText(message);
  }
  await expectAccessible(phone, 'phone: bad link');
  await phone.getByRole('link', { name: 'Prøv igjen' }).click();
  await expect(h1(phone)).toHaveText('Bli med');

  // Pasted text without a link says so, and nothing happens.
  await phone.getByLabel('Lenke til workshopen').fill('hei');
  await phone.getByRole('button', { name: 'Åpne' }).click();
  await expect(phone.getByRole('alert')).toHaveText(/Fant ingen workshop-lenke/);
  await expectAccessible(phone, 'phone: paste without a link');
});

test('a deck in another version is explained and may be used anyway; a missing deck stops', async ({
  newDevice,
}) => {
  const phone = await newDevice(PHONE);
  await phone.goto(`./#/join?${withLedelse(`ledelse.${VERSION + 1}`)}`);
  await expect(phone.getByRole('heading', { name: 'Kortstokken er en annen versjon' })).toBeVisible();
  await expect(
    phone.getByText(
      `Fasilitatoren bruker «Ledelse» i versjon ${VERSION + 1}, men telefonen har versjon ${VERSION}.`,
    ),
  ).toBeVisible();
  await expect(phone.getByText(/Oppdater appen/)).toBeVisible();
  await expectAccessible(phone, 'phone: deck version differs');
  await phone.getByRole('button', { name: 'Fortsett likevel' }).click();
  await expect(phone.getByRole('heading', { name: 'Hvilken plass har du?' })).toBeVisible();

  // The facilitator's app is the one behind: the phone cannot fix that by updating.
  await phone.goto(`./#/join?${withLedelse(`ledelse.${VERSION - 1}`)}`);
  await expect(phone.getByRole('heading', { name: 'Kortstokken er en annen versjon' })).toBeVisible();
  await expect(phone.getByText(/Telefonen har en nyere versjon av kortstokken/)).toBeVisible();
  await expect(phone.getByText(/Be fasilitatoren oppdatere appen/)).toBeVisible();
  await expectAccessible(phone, 'phone: deck newer than the facilitator’s');
  await phone.getByRole('button', { name: 'Fortsett likevel' }).click();
  await expect(phone.getByRole('heading', { name: 'Hvilken plass har du?' })).toBeVisible();

  await phone.goto(`./#/join?${withLedelse('finnes-ikke.1')}`);
  await expect(phone.getByRole('heading', { name: 'Telefonen mangler en kortstokk' })).toBeVisible();
  await expect(phone.getByRole('button', { name: 'Fortsett likevel' })).toHaveCount(0);
  await expectAccessible(phone, 'phone: deck missing');
});

test('the seat is remembered per session on the device, and can be changed', async ({ newDevice }) => {
  const phone = await newDevice(PHONE);
  await phone.goto(`./#/join?${QUERY}`);
  await phone.getByLabel('Plassnummer (1–8)').fill('2');
  await phone.getByRole('button', { name: 'Vis kortene mine' }).click();
  await expect(phone.getByText('Plass 2')).toBeVisible();
  await expect(phone.locator('.hand-position')).toHaveText('1 av 3');
  const first = await phone.locator('.hand-card [data-card]').getAttribute('data-card');

  await phone.goto('./#/');
  await phone.goto(`./#/join?${QUERY}`);
  await expect(phone.getByText('Plass 2')).toBeVisible();
  await phone.getByRole('button', { name: 'Bytt plass eller navn' }).click();
  await phone.getByLabel('Plassnummer (1–8)').fill('7');
  await phone.getByRole('button', { name: 'Vis kortene mine' }).click();
  await expect(phone.getByText('Plass 7')).toBeVisible();
  await expect(phone.locator('.hand-card [data-card]')).not.toHaveAttribute('data-card', first!);
  await expectAccessible(phone, 'phone: 320 px hand');
  const fits = await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits, 'nothing wider than a 320 px phone').toBe(true);
});

test('the notes wall of a session that is not on this device says so and leads back', async ({ page }) => {
  await page.goto('./#/notes?session=finnes-ikke');
  await expect(h1(page)).toHaveText('Fant ikke økten');
  await expectAccessible(page, 'notes: session missing');
  await page.getByRole('link', { name: 'Alle økter' }).click();
  await expect(h1(page)).toHaveText('Notatvegg');
  await expect(page.getByText('Ingen økter ennå.', { exact: false })).toBeVisible();
});
