import { readFileSync } from 'node:fs';
import { expect, onTestFinished, test } from 'vitest';
import { handForSeat } from '../../src/domain/deal/deal-hands.ts';
import { encodeJoin } from '../../src/domain/join/encode-join.ts';
import type { JoinSession } from '../../src/domain/join/join-session.ts';
import { shortCode } from '../../src/domain/join/short-code.ts';
import { startApp } from './support/app-server.ts';
import { expectAccessible } from './support/axe.ts';
import { filesIn, waitForDownload } from './support/downloads.ts';
import {
  appTookOver,
  button,
  clickOn,
  expectHeading,
  expectText,
  expectValue,
  field,
  fitsWidth,
  typeInto,
  type Engine,
} from './support/engine.ts';
import { facilitatorImports } from './support/facilitator.ts';
import { until } from './support/processes.ts';
import { DIST, eachEngine } from './support/suite.ts';

// A participant on a phone of each engine: a printed seat card's link (h=) opens that seat's hand;
// notes on two cards survive a reload, and an offline reload (no server at all), where the app
// and the notes come from the service worker's cache and IndexedDB; «Lever notater» hands in a
// file (downloaded: neither engine can share files), which the facilitator's Chromium imports.

// The deck as built in: the link names its current version, so a new version is no mismatch.
const deck = JSON.parse(readFileSync('cards/naervaer.json', 'utf8')) as {
  version: number;
  cards: { id: string }[];
};
const SESSION: JoinSession = {
  v: 1,
  seed: 424242,
  decks: [{ id: 'naervaer', version: deck.version }],
  seats: 6,
  cards: 4,
  title: 'Nærværsverksted',
  seat: 3,
};
const { seat: _seat, ...GROUP } = SESSION;
const CODE = shortCode(GROUP);
const HAND = handForSeat(
  deck.cards.map((card) => `naervaer/${card.id}`),
  { seed: SESSION.seed, seats: SESSION.seats, cardsPerSeat: 4 },
  3,
);
const NOTE_1 = 'Vi trenger tid til å se hverandre.';
const NOTE_2 = 'Æ, ø og å — og «sitater».';
const NOTE = field('Notat til dette kortet');

const shownCard = (e: Engine) =>
  e.run(() => document.querySelector('.hand-card [data-card]')?.getAttribute('data-card') ?? null);

/** Waits until the hand shows card `index` (0-based) of the seat's hand. */
async function onCard(e: Engine, index: number) {
  await expectText(e, '.hand-position', `${index + 1} av 4`);
  await until(async () => (await shownCard(e)) === HAND[index], `${e.name}: card ${HAND[index]} shown`);
}

eachEngine((engine) => {
  test('a seat card opens the hand; notes survive reloads, offline too; the hand-in imports', async () => {
    const e = engine();
    // A server of this test's own: it is stopped on the way (offline).
    const app = await startApp(DIST);
    onTestFinished(() => app.stop());
    const size = await e.viewport();
    expect(size.width, 'a phone-sized window').toBeLessThanOrEqual(450);

    // --- The seat card's link: seat 3's hand at once.
    await e.goto(`${app.origin}/#/join?${encodeJoin(SESSION)}`);
    // The hand is painted before the app (src/boot): its note field, typed into then, is replaced.
    await appTookOver(e);
    await expectHeading(e, 'Nærværsverksted');
    await expectText(e, 'main *', 'Plass 3');
    await onCard(e, 0);
    expect(await fitsWidth(e), 'nothing wider than the phone').toBe(true);
    await expectAccessible(e, 'hand from a seat card');

    // --- Notes on two cards, saved as typed.
    await typeInto(e, NOTE, NOTE_1);
    await expectText(e, '.storage-state', 'Lagret på enheten');
    await clickOn(e, button('Neste'));
    await onCard(e, 1);
    await typeInto(e, NOTE, NOTE_2);
    await expectText(e, '.storage-state', 'Lagret på enheten');

    // --- A reload keeps the seat and both notes.
    await e.reload();
    await appTookOver(e);
    await onCard(e, 0);
    await expectValue(e, NOTE, NOTE_1);
    await clickOn(e, button('Neste'));
    await onCard(e, 1);
    await expectValue(e, NOTE, NOTE_2);

    // --- Offline: the service worker controls the page; then the server is gone and a reload
    // still brings the app and the notes.
    await until(
      () => e.run(() => navigator.serviceWorker.controller !== null),
      `${e.name}: the service worker controls the page`,
      20_000,
    );
    await app.stop();
    await expect(fetch(`${app.origin}/`)).rejects.toThrow();
    await e.reload();
    await expectHeading(e, 'Nærværsverksted');
    await appTookOver(e);
    await onCard(e, 0);
    await expectValue(e, NOTE, NOTE_1);
    await clickOn(e, button('Neste'));
    await onCard(e, 1);
    await expectValue(e, NOTE, NOTE_2);
    await expectAccessible(e, 'hand, reloaded offline');

    // --- Hand in, still offline: no Web Share with files here, so the file is downloaded.
    const canShareFiles = await e.run(() => {
      const file = new File(['{}'], 'x.json', { type: 'application/json' });
      return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
    });
    expect(canShareFiles, `${e.name} shares files: this test checks the download fallback`).toBe(false);
    await expectText(e, 'main *', 'Du har skrevet 2 notater.');
    await clickOn(e, button('Lever notater …'));
    await expectText(e, 'main *', /kan inneholde helseopplysninger/);
    await expectAccessible(e, 'hand-in warning');
    const before = filesIn(e.downloads);
    await clickOn(e, button('Lever nå'));
    const handed = await waitForDownload(
      e.downloads,
      before,
      /^kortstokk-notater-plass-3-\d{4}-\d{2}-\d{2}\.json$/,
    );
    await expectText(e, '[role="status"]', /er lastet ned/);
    const handIn = JSON.parse(handed.text) as {
      type: string;
      session: { code: string };
      participant: { seat: number };
      notes: { text: string; cardRef: string }[];
    };
    expect(handIn.type).toBe('kortstokk/hand-in');
    expect(handIn.session.code).toBe(CODE);
    expect(handIn.participant.seat).toBe(3);
    expect(handIn.notes.map((n) => [n.cardRef, n.text]).sort()).toEqual(
      [
        [HAND[0], NOTE_1],
        [HAND[1], NOTE_2],
      ].sort(),
    );
    await expectAccessible(e, 'handed in');

    // --- The facilitator's laptop (Chromium, its own server) imports the file.
    const facilitatorApp = await startApp(DIST);
    try {
      const wall = await facilitatorImports(facilitatorApp.origin, [handed.path]);
      expect(wall.summary).toBe('1 fil lest: 2 nye notater, 0 avviste.');
      expect(wall.perFile).toContain('Plass 3: 2 nye notater, 0 oppdaterte, 0 fantes fra før');
      expect(wall.errors, `console errors on ${wall.version}`).toEqual([]);
    } finally {
      await facilitatorApp.stop();
    }
  });
});
