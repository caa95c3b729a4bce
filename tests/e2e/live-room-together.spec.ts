import type { Page } from '@playwright/test';
import { filesUnder, serverDownErrors, startAppServer, type AppServer } from './support/app-server.ts';
import { roomClientFrom } from './support/room-client.ts';
import { sealNote } from '../../src/lib/room/seal-note.ts';
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

const device = (lang: PhoneLang) => ({
  ...PHONE,
  locale: PHONE_TEXT[lang].locale,
  baseURL: `${server.origin}/`,
});
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
  await expect
    .poll(() => wallSeat(wall, 3))
    .toEqual({
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
  await expect(status(kari)).toContainText('Rommet er avsluttet: fasilitatoren har slettet det.');
  // The wall, another screen holding the owner's token, stops too instead of making the room anew.
  await expect(wall.locator('.wall-live-state')).toContainText('Direkte rom: avsluttet, rommet er slettet.');
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

test('the server restarts mid-session and a phone goes offline: notes persist, pending notes arrive', async ({
  newDevice,
}) => {
  test.setTimeout(180_000);
  // The server is stopped on purpose: the browser logs each failed reconnect (see serverDownErrors).
  const down = serverDownErrors(server);
  const host = await newDevice({ locale: 'nb-NO', baseURL: `${server.origin}/` }, down);
  const { sessionUrl, link } = await startLiveRoom(host);
  const wall = await host.context().newPage();
  await wall.goto(sessionUrl);
  await press(wall.getByRole('link', { name: 'Åpne notatveggen' }));
  await expect(wall.locator('.wall-live-state')).toContainText('Direkte rom: Tilkoblet');
  await wallBySeat(wall);

  const kari = await newDevice(device('nb'), down);
  const per = await newDevice(device('nn'), down);
  await joinSeat(kari, link, 2, 'Kari');
  await joinSeat(per, link, 4, 'Per');
  await turnOnSharing(kari, 'nb', null);
  await turnOnSharing(per, 'nn', null);
  await note(kari, 'nb').fill(WORDS.kari);
  await expect.poll(() => wallSeat(wall, 2)).toEqual({ texts: [WORDS.kari], who: ['— Kari, Plass 2'] });

  // The server stops: everyone says so quietly; a note written now waits on the phone.
  await server.stop();
  const hostState = host.locator('.live-room-state');
  await expect(hostState).not.toContainText('Tilkoblet');
  await note(per, 'nn').fill(WORDS.per);
  // After a few failed attempts: one quiet line, the same as without a network.
  await expect(status(kari)).toHaveText(PHONE_TEXT.nb.offline, { timeout: 30_000 });
  await expect(status(per)).toHaveText(PHONE_TEXT.nn.offline, { timeout: 30_000 });
  await expect(kari.getByRole('alert')).toHaveCount(0);
  await expectAccessible(host, 'session screen while the room server is down');

  // Back on the same port and data: everyone reconnects, the pending note arrives.
  await server.start();
  await expect(hostState).toContainText('Rommet: Tilkoblet', { timeout: 30_000 });
  await expect(status(kari)).toHaveText(PHONE_TEXT.nb.connected, { timeout: 30_000 });
  await expect(status(per)).toHaveText(PHONE_TEXT.nn.connected, { timeout: 30_000 });
  await expect
    .poll(() => wallSeat(wall, 4), { timeout: 30_000 })
    .toEqual({ texts: [WORDS.per], who: ['— Per, Plass 4'] });
  await expect.poll(() => wallSeat(wall, 2)).toEqual({ texts: [WORDS.kari], who: ['— Kari, Plass 2'] });

  // What the server kept survives a restart on its own: with every device offline (so none of
  // them can bring the notes back), the room read anew from the server holds both sealed notes.
  for (const context of [host.context(), kari.context(), per.context()]) await context.setOffline(true);
  await expect(status(kari)).toHaveText(PHONE_TEXT.nb.offline);
  await server.stop();
  await server.start();
  const reader = await roomClientFrom(link, server.origin);
  try {
    await expect.poll(() => reader.connection.notes().size).toBe(2);
    for (const envelope of reader.connection.notes().values())
      expect(envelope).not.toMatch(/Zylofant|Gromblekk/);
  } finally {
    reader.connection.destroy();
  }
  for (const context of [host.context(), kari.context(), per.context()]) await context.setOffline(false);
  await expect(hostState).toContainText('Rommet: Tilkoblet', { timeout: 30_000 });
  await expect(status(kari)).toHaveText(PHONE_TEXT.nb.connected, { timeout: 30_000 });
  await expect(status(per)).toHaveText(PHONE_TEXT.nn.connected, { timeout: 30_000 });

  // A phone offline for a while: one quiet notice, the note stays, and goes when it is back.
  await per.context().setOffline(true);
  await expect(status(per)).toHaveText(PHONE_TEXT.nn.offline);
  await expect(per.getByRole('alert')).toHaveCount(0);
  await expectAccessible(per, 'phone (nn) offline in a live room');
  await per.locator('.hand-next').click();
  await note(per, 'nn').fill(WORDS.gone);
  await expect(status(per)).toHaveText(PHONE_TEXT.nn.offline);
  await per.context().setOffline(false);
  await expect(status(per)).toHaveText(PHONE_TEXT.nn.connected, { timeout: 30_000 });
  await expect
    .poll(() => wallSeat(wall, 4), { timeout: 30_000 })
    .toEqual({ texts: [WORDS.per, WORDS.gone], who: ['— Per, Plass 4', '— Per, Plass 4'] });
});

test('a wrong room key, a forged note and a link naming another server show nothing of them', async ({
  newDevice,
}) => {
  test.setTimeout(120_000);
  const host = await newDevice({ locale: 'nb-NO', baseURL: `${server.origin}/` });
  const { sessionUrl, link } = await startLiveRoom(host);

  // A join link whose room key is not the room's (well-formed, so the link itself reads): the
  // room refuses the token it gives, the phone says so once and shows nothing of the room.
  const otherKey = Buffer.alloc(32, 7).toString('base64url');
  const wrong = link.replace(/&rk=[A-Za-z0-9_-]{43}/, `&rk=${otherKey}`);
  expect(wrong).not.toBe(link);
  const stranger = await newDevice(device('nb'));
  await joinSeat(stranger, wrong, 2);
  await expect(status(stranger)).toHaveText(
    'Rommet godtok ikke lenken. Den kan være endret. Telefonen prøver ikke mer. Notatene dine er fortsatt her, og du kan levere dem som fil.',
  );
  await expect(stranger.getByRole('button', { name: PHONE_TEXT.nb.shareStart })).toBeDisabled();
  await expect(stranger.locator('.live-round')).toHaveCount(0);
  await expectAccessible(stranger, 'phone refused by the room (wrong key)');

  // A note sealed to the facilitator, then changed on the way (one bit), and one that is not an
  // envelope at all: the wall says a note was refused and shows nothing of either.
  const wall = await host.context().newPage();
  await wall.goto(sessionUrl);
  await press(wall.getByRole('link', { name: 'Åpne notatveggen' }));
  await expect(wall.locator('.wall-live-state')).toContainText('Direkte rom: Tilkoblet');
  const forger = await roomClientFrom(link, server.origin);
  try {
    const { facilitatorPublicRaw, roomId } = forger.access;
    const sealed = await sealNote(facilitatorPublicRaw, roomId, 'forged-1', {
      id: 'forged-1',
      sessionId: 'K7M4QX',
      cardRef: null,
      seat: 2,
      text: 'Vrimsetul forfalsket',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
    });
    const bytes = Buffer.from(sealed, 'base64url');
    bytes[bytes.length - 1]! ^= 1;
    expect(forger.connection.shareNote('forged-1', bytes.toString('base64url'))).toBe(true);
    await expect(wall.getByRole('alert')).toHaveText(
      'Et notat fra rommet ble avvist og er ikke lagret: Et notat kunne ikke åpnes: det er endret underveis eller låst med en annen nøkkel. Det vises ikke.',
    );
    expect(forger.connection.shareNote('forged-2', 'AQ' + 'A'.repeat(200))).toBe(true);
    await expect(wall.getByRole('alert')).toContainText('Et notat fra rommet ble avvist og er ikke lagret');
  } finally {
    forger.connection.destroy();
  }
  await expect(wall.locator('.wall-note')).toHaveCount(0);
  await expect(wall.locator('body')).not.toContainText('Vrimsetul');
  await expectAccessible(wall, 'notes wall after a forged note');

  // A link that names a server (anything the app does not know) is refused like a tampered one,
  // and nothing is asked of that server (the fixture fails on any request leaving the origin).
  for (const extra of ['&ws=wss%3A%2F%2Fevil.example%2Froom', '&server=evil.example']) {
    const phone = await newDevice(device('nb'));
    await phone.goto(`${link}${extra}`);
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Lenken virker ikke');
    await expect(phone.getByRole('alert')).toContainText('Lenken inneholder noe Kortstokk ikke kjenner');
    await expect(phone.locator('.room-panel')).toHaveCount(0);
  }
  const tampered = await newDevice(device('nb'));
  await tampered.goto(link.replace(/&rk=([A-Za-z0-9_-]{42})[A-Za-z0-9_-]/, '&rk=$1'));
  await expect(tampered.getByRole('heading', { level: 1 })).toHaveText('Lenken virker ikke');
  await expectAccessible(tampered, 'join link with a tampered room key');
});
