import type { Page } from '@playwright/test';
import { filesUnder, startAppServer, type AppServer } from './support/app-server.ts';
import { expect, expectAccessible, press, test } from './support/fixtures.ts';
import {
  joinSeat,
  PHONE,
  PHONE_TEXT,
  startLiveRoom,
  turnOnSharing,
  wallBySeat,
  wallSeat,
  type PhoneLang,
} from './support/live-room.ts';

// The whole live room against a real server process the spec starts itself (so it can be
// stopped and started again mid-session): the facilitator's screens and phones in nb, nn and en,
// each a browser context of its own, driven as people drive them.

// Distinctive words, so the server's files can be searched for them afterwards.
const WORDS = {
  kari: 'Zylofant tenker høyt',
  kariEdited: 'Zylofant tenker høyt og Kvistrupp lytter',
  per: 'Gromblekk er anonym',
  ann: 'Quibbleton shares openly',
  gone: 'Vrimsetul skal bort',
};
const MARKERS = ['Zylofant', 'Kvistrupp', 'Gromblekk', 'Quibbleton', 'Vrimsetul'];

let server: AppServer;
test.beforeEach(async () => {
  server = await startAppServer();
});
test.afterEach(async () => {
  await server.dispose();
});

const device = (lang: PhoneLang) => ({ ...PHONE, locale: PHONE_TEXT[lang].locale, baseURL: `${server.origin}/` });
const status = (phone: Page) => phone.locator('.room-status');
const note = (phone: Page, lang: PhoneLang) => phone.getByLabel(PHONE_TEXT[lang].note).first();
const liveStep = (phone: Page) => phone.locator('.live-round h2');

test('facilitator and three phones: share, edit, delete, anonymous, follow the presenter, delete the room', async ({
  newDevice,
}) => {
  test.setTimeout(180_000);
  const host = await newDevice({ locale: 'nb-NO', baseURL: `${server.origin}/` });
  const { sessionUrl, link } = await startLiveRoom(host);
  await expectAccessible(host, 'session screen, live room connected');

  // Three phones join through the room's link, each in its own language.
  const kari = await newDevice(device('nb'));
  const per = await newDevice(device('nn'));
  const ann = await newDevice(device('en'));
  await joinSeat(kari, link, 3, 'Kari');
  await joinSeat(per, link, 5, 'Per');
  await joinSeat(ann, link, 6, 'Ann');
  await expect(status(kari)).toHaveText(PHONE_TEXT.nb.connected);
  await expect(status(per)).toHaveText(PHONE_TEXT.nn.connected);
  await expect(status(ann)).toHaveText(PHONE_TEXT.en.connected);
  await expect(host.locator('.live-room-state')).toContainText('3 mobiler tilkoblet');
  await expectAccessible(ann, 'phone (en) in a live room, sharing off');

  // The notes wall, grouped by seat, authors shown.
  const wall = await host.context().newPage();
  await wall.goto(sessionUrl);
  await press(wall.getByRole('link', { name: 'Åpne notatveggen' }));
  await expect(wall.locator('.wall-live-state')).toContainText('Direkte rom: Tilkoblet');

  // Kari shares named, Per anonymously, Ann named.
  await turnOnSharing(kari, 'nb', null);
  await turnOnSharing(per, 'nn', { name: 'Per' });
  await turnOnSharing(ann, 'en', null);
  await expectAccessible(per, 'phone (nn), sharing on, anonymous');
  await note(kari, 'nb').fill(WORDS.kari);
  await note(per, 'nn').fill(WORDS.per);
  await note(ann, 'en').fill(WORDS.ann);
  await expect(wall.locator('.wall-meta')).toContainText('3 notater');
  await wallBySeat(wall);
  await expect.poll(() => wallSeat(wall, 3)).toEqual({ texts: [WORDS.kari], who: ['— Kari, Plass 3'] });
  await expect.poll(() => wallSeat(wall, 5)).toEqual({ texts: [WORDS.per], who: ['— Plass 5'] });
  await expect.poll(() => wallSeat(wall, 6)).toEqual({ texts: [WORDS.ann], who: ['— Ann, Plass 6'] });
  await expectAccessible(wall, 'notes wall with live notes by seat');

  // An edit on the phone updates the note on the wall.
  await note(kari, 'nb').fill(WORDS.kariEdited);
  await expect.poll(() => wallSeat(wall, 3)).toEqual({ texts: [WORDS.kariEdited], who: ['— Kari, Plass 3'] });

  // A second note, then emptied on the phone: it leaves the wall (it came only live).
  await kari.locator('.hand-next').click();
  await expect(kari.locator('.hand-position')).toHaveText(/^2 av /);
  const second = note(kari, 'nb');
  await second.fill(WORDS.gone);
  await expect.poll(() => wallSeat(wall, 3)).toEqual({
    texts: [WORDS.kariEdited, WORDS.gone],
    who: ['— Kari, Plass 3', '— Kari, Plass 3'],
  });
  await second.fill('');
  await expect.poll(() => wallSeat(wall, 3)).toEqual({ texts: [WORDS.kariEdited], who: ['— Kari, Plass 3'] });
  await expect(wall.locator('.wall-meta')).toContainText('3 notater');

  // The presenter moves; every phone shows where the big screen is, in its own language.
  const presenter = await host.context().newPage();
  await presenter.goto(sessionUrl);
  await press(presenter.getByRole('link', { name: 'Start presentasjon' }));
  await expect(liveStep(kari)).toHaveText(/^Storskjermen er på trinn 1\b/);
  await expect(liveStep(per)).toHaveText(/^Storskjermen er på steg 1\b/);
  await expect(liveStep(ann)).toHaveText(/^The big screen is on step 1\b/);
  const first = (await liveStep(kari).textContent())!;
  await presenter.keyboard.press('PageDown'); // «Neste»: the next round, or the next step
  await expect(liveStep(kari)).not.toHaveText(first);
  const next = (await liveStep(kari).textContent())!;
  await expect(liveStep(per)).toHaveText(next.replace('trinn', 'steg'));
  await expectAccessible(kari, 'phone (nb) following the presenter');

  // A phone that joins late lands on the step and round the big screen is on.
  const late = await newDevice(device('nb'));
  await joinSeat(late, link, 7);
  await expect(status(late)).toHaveText(PHONE_TEXT.nb.connected);
  await expect(liveStep(late)).toHaveText(next);

  // «Forrige»: back where they were, the late phone too.
  await presenter.keyboard.press('PageUp');
  await expect(liveStep(kari)).toHaveText(first);
  await expect(liveStep(late)).toHaveText(first);
  await expect(liveStep(ann)).toHaveText(/^The big screen is on step 1\b/);
  await presenter.close();

  // «Slett rommet»: the room is gone for the phones; the server keeps none of the notes' words.
  await expect(host.locator('.live-room-state')).toContainText('Rommet: Tilkoblet');
  await press(host.getByRole('button', { name: 'Slett rommet' }));
  await press(host.getByRole('button', { name: 'Slett rommet' }));
  await expect(host.getByText('Rommet er slettet.')).toBeVisible();
  await expect(status(kari)).toContainText('Fant ikke rommet');
  await expect(status(ann)).toContainText('The phone has stopped trying.');
  await expect(kari.getByRole('button', { name: PHONE_TEXT.nb.shareStart })).toHaveCount(0);
  await expectAccessible(kari, 'phone (nb) after the room was deleted');
  await wall.close();
  expectNoWords(server.dataDir);
  await server.stop(); // SQLite folds its write-ahead log into the database on close
  expectNoWords(server.dataDir);
});

/** No file under the server's data folder holds any of the notes' marker words (any case). */
function expectNoWords(dir: string) {
  const files = filesUnder(dir);
  expect(files.map((f) => f.path.slice(dir.length + 1))).toContain('rooms.sqlite');
  const found = files.flatMap(({ path, bytes }) => {
    const text = bytes.toString('latin1').toLowerCase();
    return MARKERS.filter((word) => text.includes(word.toLowerCase())).map((word) => `${word} in ${path}`);
  });
  expect(found).toEqual([]);
}
