import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { seatHandRefs } from '../../src/domain/join/seat-hand.ts';
import { test, expect, expectAccessible, waitForOfflineReady } from './support/fixtures.ts';
import { firstPaint, holdApp, WATCH, withoutApp } from './support/first-paint.ts';

// A participant's phone opens a seat card's join link: the hand (their first card) paints from
// index.html and a small pre-paint script with only the link's deck, before the app (React, the
// join screen, every deck) has arrived; the app then renders the same screen over it.

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'nb-NO' };
type DeckFile = { version: number; cards: { id: string; text: { nb: string } }[] };
const naervaer = JSON.parse(readFileSync('cards/naervaer.json', 'utf8')) as DeckFile;
// The link names the deck's current version, as a facilitator's link would.
const LINK = `#/join?v=1&s=42&d=naervaer.${naervaer.version}&n=8&k=4&h=3`;
const SEATLESS = `join/#v=1&s=42&d=naervaer.${naervaer.version}&n=8&k=4`;
const firstRef = seatHandRefs(
  { seed: 42, seats: 8, cards: 4 },
  [{ id: 'naervaer', cards: naervaer.cards }],
  3,
)[0]!;
const firstText = naervaer.cards.find((c) => `naervaer/${c.id}` === firstRef)!.text.nb;

/** The deck files and pre-paint scripts (built names) the page asks for, in order, from now on. */
function deckRequests(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/([^/]+\.json|hand-[^/]+\.js)$/.test(r.url()))
      files.push(r.url().replace(/^.*\/assets\//, ''));
  });
  return files;
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const card = (page: Page) => page.locator('.hand-card [data-card]');

test('a seat card link paints the hand before any of the app has run, with its deck first', async ({
  newDevice,
}) => {
  const phone = await newDevice(PHONE);
  const decks = deckRequests(phone);
  await withoutApp(phone);
  await phone.goto(`./${LINK}`);
  await expect(h1(phone)).toHaveText('Workshop');
  await expect(phone.getByText('Plass 3', { exact: true })).toBeVisible();
  await expect(phone.getByText('Plassen kommer fra plasskortet du skannet.')).toBeVisible();
  await expect(card(phone)).toHaveAttribute('data-card', firstRef);
  await expect(phone.locator('.qcard-text')).toHaveText(firstText);
  await expect(phone.locator('.hand-position')).toHaveText('1 av 4');
  await expect(phone).toHaveTitle('Workshop – Kortstokk');
  // The buttons wait for the app (inert); the note field works already (see below).
  await expect(phone.getByRole('main')).toHaveJSProperty('inert', false);
  await expect(phone.locator('.hand-next')).toHaveJSProperty('inert', true);
  await expect(phone.getByLabel('Notat til dette kortet')).toBeEditable();
  // A first visit asks for one file as the page is read: the pre-paint with its own deck in
  // bokmål; the deck's file (for the app) follows after the paint.
  expect(decks[0]).toMatch(/^hand-deck-naervaer\.nb-[\w-]{8}\.js$/);
  expect(decks.slice(1)).toEqual([expect.stringMatching(/^naervaer-[\w-]{8}\.json$/)]);
});

test('the app takes over the painted hand without moving anything', async ({ newDevice }) => {
  const phone = await newDevice(PHONE);
  const decks = deckRequests(phone);
  await phone.addInitScript(WATCH);
  await phone.goto(`./${LINK}`);
  await expect(phone.getByRole('combobox', { name: 'Språk' })).toBeEnabled();
  await expect(card(phone)).toHaveAttribute('data-card', firstRef);
  const seen = await firstPaint(phone);
  expect(seen.shifts).toBeLessThan(0.01);
  // The largest paint is the pre-painted card, before the app took over.
  const largest = seen.lcp.at(-1)!;
  expect(largest.at).toBeLessThan(seen.takeover);
  expect(largest.text).toBe(firstText);
  // A first visit (no service worker yet) paints card text in the system font and keeps it: the
  // paint waits for no font file, and no text moves when it arrives.
  await expect(phone.locator('.qcard-text')).not.toHaveCSS('font-family', /Atkinson/);
  // The app, not the pre-paint, took the link's seat: remembered, and dropped from the address.
  await expect(phone).toHaveURL(new RegExp(`${SEATLESS.replace(/[?.]/g, '\\$&')}$`));
  await phone.getByRole('button', { name: 'Neste' }).click();
  await expect(phone.locator('.hand-position')).toHaveText('2 av 4');
  await expectAccessible(phone, 'phone: the hand after the pre-paint');
  // The phone fetched the link's deck only (started with the app, read by the app).
  const files = decks.filter((file) => file.endsWith('.json'));
  expect(files.length).toBeGreaterThan(0);
  expect(files.every((file) => /^naervaer-[\w-]{8}\.json$/.test(file))).toBe(true);
});

test('offline, a reload paints the remembered seat’s hand from the cache', async ({ newDevice }) => {
  const phone = await newDevice(PHONE);
  await phone.goto(`./${LINK}`);
  await expect(card(phone)).toHaveAttribute('data-card', firstRef);
  await waitForOfflineReady(phone);
  await phone.context().setOffline(true);
  // Records whether <main> was pre-painted (the card, its buttons inert) before the app rendered.
  await phone.addInitScript(() => {
    const watch = new MutationObserver(() => {
      const main = document.getElementById('main');
      if (!main?.querySelector('.qcard') || !main.querySelector<HTMLElement>('.hand-next')?.inert) return;
      watch.disconnect();
      document.documentElement.dataset.prepainted = 'yes';
    });
    watch.observe(document, { subtree: true, childList: true, attributes: true });
  });
  await phone.reload();
  await expect(card(phone)).toHaveAttribute('data-card', firstRef);
  await expect(phone.getByText('Plass 3', { exact: true })).toBeVisible();
  await expect(phone.locator('html')).toHaveAttribute('data-prepainted', 'yes');
  // With the service worker, the font comes from its cache: card text is in the app's card font.
  await expect(phone.locator('.qcard-text')).toHaveCSS('font-family', /^"?Atkinson Hyperlegible/);
  await expectAccessible(phone, 'phone: hand reloaded offline');
});

test('no pre-paint where the app would show something else first', async ({ page }) => {
  await withoutApp(page);
  // No seat yet (the app asks for it), a tampered link, a deck in another version.
  for (const hash of [SEATLESS, `${SEATLESS}&x=1`, '#/join?v=1&s=42&d=naervaer.9&n=8&k=4&h=3']) {
    await page.goto(`./${hash}`);
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('main')).toBeHidden();
  }
});

test('a link the pre-paint gives up on starts the app at once, not after the starter’s fallback', async ({
  page,
}) => {
  // The starter's half-second fallback (src/boot/start-app.ts) never fires here: only the
  // pre-paint saying it will not paint can start the app.
  await page.addInitScript(() => {
    const later = window.setTimeout;
    window.setTimeout = ((run: TimerHandler, ms?: number, ...rest: unknown[]) =>
      ms === 500 && document.readyState === 'loading' ? 0 : later(run, ms, ...rest)) as typeof setTimeout;
  });
  await page.goto(`./${SEATLESS}`);
  await expect(page.getByRole('combobox', { name: 'Språk' })).toBeEnabled();
  await expect(h1(page)).toHaveText('Workshop');
  await expectAccessible(page, 'phone: a join link without a seat');
});

test('a phone in English or nynorsk gets the hand painted in its own language', async ({ newDevice }) => {
  const phone = await newDevice({ ...PHONE, locale: 'en-GB' });
  const english = deckRequests(phone);
  await withoutApp(phone);
  await phone.goto(`./${LINK}`);
  await expect(phone.getByText('Seat 3', { exact: true })).toBeVisible();
  expect(english[0]).toMatch(/^hand-deck-naervaer\.en-/);
  await expect(phone.getByText('Your seat comes from the seat card you scanned.')).toBeVisible();
  await expect(phone.locator('.hand-position')).toHaveText('1 of 4');
  await expect(phone.locator('.qcard-text')).toHaveAttribute('lang', 'en');
  await expect(phone.getByText('Plass 3', { exact: true })).toHaveCount(0);
  await expect(phone.locator('.hand-prev')).toHaveJSProperty('inert', true);
  const nynorsk = await newDevice({ ...PHONE, locale: 'nn-NO' });
  await withoutApp(nynorsk);
  await nynorsk.goto(`./${LINK}`);
  await expect(nynorsk.getByText('Plassen kjem frå plasskortet du skanna.')).toBeVisible();
  await nynorsk.unroute(/\/assets\/index-[^/]+\.js$/);
  await nynorsk.reload();
  await expect(nynorsk.getByRole('main')).not.toHaveJSProperty('inert', true);
  await expect(nynorsk.getByText('Plassen kjem frå plasskortet du skanna.')).toBeVisible();
  await expectAccessible(nynorsk, 'hand in nynorsk');
});

test('a note typed before the app arrives is kept, with the focus, and never replaces a stored one', async ({
  newDevice,
}) => {
  // Without the service worker, which would serve the app past the hold (Playwright's routes do
  // not see its requests): both visits meet the pre-paint as a first visit does.
  const phone = await newDevice({ ...PHONE, serviceWorkers: 'block' });
  const note = phone.getByLabel('Notat til dette kortet');
  let release = await holdApp(phone);
  // Not to «load»: the held app holds that back.
  await phone.goto(`./${LINK}`, { waitUntil: 'commit' });
  await expect(card(phone)).toHaveAttribute('data-card', firstRef);
  await expect(phone.getByRole('combobox', { name: 'Språk' })).toBeDisabled();
  await note.click();
  await phone.keyboard.type('Tidlig tanke');
  release();
  await expect(phone.getByRole('combobox', { name: 'Språk' })).toBeEnabled();
  // The app's field has the text and the focus; typing goes on at the end.
  await expect(note).toHaveValue('Tidlig tanke');
  await expect(note).toBeFocused();
  await phone.keyboard.type(' om tillit');
  await expect(note).toHaveValue('Tidlig tanke om tillit');
  await expect(phone.locator('.storage-state')).toHaveText(/Lagret/);
  await expectAccessible(phone, 'phone: hand with an early note');

  // Back later: the pre-paint cannot read the stored note, so its field is empty; what is typed
  // there is added to the stored note.
  await phone.unroute(/\/assets\/index-[^/]+\.js$/);
  release = await holdApp(phone);
  await phone.goto(`./${LINK}`, { waitUntil: 'commit' });
  await expect(phone.getByRole('combobox', { name: 'Språk' })).toBeDisabled();
  await note.fill('Og en ting til');
  release();
  await expect(note).toHaveValue('Tidlig tanke om tillit\nOg en ting til');
  await expect(phone.locator('.storage-state')).toHaveText(/Lagret/);
  await phone.reload();
  await expect(note).toHaveValue('Tidlig tanke om tillit\nOg en ting til');
});
