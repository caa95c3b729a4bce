import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { WebSocket } from 'ws';
import { parseDeck } from '../../src/domain/deck/parse-deck.ts';
import type { Deck } from '../../src/domain/deck/types.ts';
import { encodeJoin } from '../../src/domain/join/encode-join.ts';
import type { JoinSession } from '../../src/domain/join/join-session.ts';
import type { Note } from '../../src/domain/notes/note-types.ts';
import type { PresenterRoomState } from '../../src/domain/room/presenter-state.ts';
import type { RoomStatus } from '../../src/domain/room/room-status.ts';
import { joinRoomToken } from '../../src/domain/room/room-token.ts';
import { createTimer } from '../../src/domain/timer/timer-state.ts';
import { seatRounds } from '../../src/features/join/session-cards.ts';
import { connectRoom, type RoomConnection } from '../../src/lib/room/room-connection.ts';
import { createRoom, deriveRoomToken, encryptState, type NewRoom } from '../../src/lib/room/room-crypto.ts';
import { openNote } from '../../src/lib/room/seal-note.ts';
import { test, expect, expectAccessible, waitForApp } from './support/fixtures.ts';

// The participant's phone in a live room, against the app's own server and its room. The
// facilitator's side is played from Node with the same client library the facilitator's screen
// uses: it creates the room, reads the sealed notes and publishes the presenter's state.

const parsed = parseDeck(JSON.parse(readFileSync('cards/naervaer.json', 'utf8')));
if (!parsed.ok) throw new Error('the built-in deck does not parse');
const DECK: Deck = parsed.deck;
const PHONE = { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true };

function sessionFor(room: NewRoom): JoinSession {
  return {
    v: 1,
    seed: 515151,
    decks: [{ id: DECK.id, version: DECK.version }],
    seats: 6,
    mode: 'sit-out',
    step: 1,
    format: 'speed-date',
    roundCards: { deckIds: [DECK.id], categoryIds: [], cardRefs: [] },
    room: room.link,
  };
}

/** The facilitator, from Node: owner of the room, opening every note with the private key. */
async function facilitator(baseURL: string) {
  const room = await createRoom();
  const token = joinRoomToken(await deriveRoomToken(room.roomKeyRaw, room.roomId), room.ownerToken);
  const statuses: RoomStatus[] = [];
  const connection: RoomConnection = connectRoom({
    appBase: baseURL,
    roomId: room.roomId,
    token,
    onStatus: (s) => statuses.push(s),
    WebSocketPolyfill: WebSocket,
  });
  await expect.poll(() => statuses.at(-1)?.state).toBe('connected');
  /** Every note in the room, opened. */
  const notes = async (): Promise<Note[]> =>
    Promise.all(
      [...connection.notes()].map(([id, envelope]) => openNote(room.privateKey, room.roomId, id, envelope)),
    );
  const present = async (state: PresenterRoomState) =>
    connection.setPresenter(await encryptState(room.roomKeyRaw, room.roomId, state));
  return { room, connection, notes, present };
}

const at = (step: number, round: number): PresenterRoomState => ({
  step,
  round,
  timer: createTimer(5 * 60_000),
});

async function chooseSeat(page: Page, seat: number, name?: string) {
  await waitForApp(page);
  await page.locator('.join-seat-number').fill(String(seat));
  if (name !== undefined) await page.getByLabel(/Navn|Name/).fill(name);
  await page.locator('form button[type="submit"]').click();
}

/** The card is whole on the screen at the top of the page, without scrolling. */
async function expectCardInView(page: Page) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const card = page.locator('.live-round .qcard');
  await expect(card).toBeVisible();
  const box = await card.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
}

test('a phone shares, edits and removes notes sealed to the facilitator and follows the presenter', async ({
  baseURL,
  newDevice,
}) => {
  const host = await facilitator(baseURL!);
  try {
    const session = sessionFor(host.room);
    const rounds = seatRounds(session, 3, [DECK]);
    const link = `join/#${encodeJoin(session)}`;

    const phone = await newDevice({ ...PHONE, locale: 'nb-NO' });
    const consoleErrors: string[] = [];
    phone.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await phone.goto(link);
    await chooseSeat(phone, 3, 'Kari');
    await expect(phone.locator('.room-status')).toHaveText('Tilkoblet');

    // Sharing is off by default: typing keeps the note on the phone.
    const note = phone.getByLabel('Notat til dette kortet');
    await note.fill('Bare på telefonen');
    await phone.waitForTimeout(800);
    expect(host.connection.notes().size).toBe(0);

    // Turning it on shows the hand-in's warning and the anonymous choice first.
    await phone.getByRole('button', { name: 'Del notatene mine med fasilitator …' }).click();
    await expect(phone.locator('.room-panel .join-warning')).toContainText('helseopplysninger');
    await expect(phone.getByLabel('Del anonymt (uten navnet «Kari»)')).not.toBeChecked();
    await phone.getByRole('button', { name: 'Slå på deling' }).click();
    await expect(phone.locator('.room-panel')).toContainText('deles med fasilitatoren');
    await expectAccessible(phone, 'phone in a live room, sharing on');

    // The note already written goes, named and sealed; the server holds only ciphertext.
    await expect
      .poll(async () => (await host.notes()).map((n) => [n.text, n.author, n.seat]))
      .toEqual([['Bare på telefonen', 'Kari', 3]]);
    const [envelope] = [...host.connection.notes().values()];
    expect(envelope).not.toContain('telefonen');

    // Editing re-shares; emptying removes it from the room.
    await note.fill('Endret notat');
    await expect.poll(async () => (await host.notes()).map((n) => n.text)).toEqual(['Endret notat']);
    await note.fill('');
    await expect.poll(() => host.connection.notes().size).toBe(0);
    await note.fill('Tilbake igjen');
    await expect.poll(async () => (await host.notes()).map((n) => n.text)).toEqual(['Tilbake igjen']);

    // The presenter moves to round 2 of the speed-date step: the phone shows it, card first.
    await host.present(at(1, 1));
    const live = phone.locator('.live-round');
    await expect(live.locator('h2')).toHaveText('Storskjermen er på trinn 2 · Runde 2 av ' + rounds.length);
    await expect(live.locator('.qcard')).toHaveAttribute('data-card', rounds[1]!.card!);
    await expectCardInView(phone);
    await host.present(at(1, 2));
    await expect(live.locator('.qcard')).toHaveAttribute('data-card', rounds[2]!.card!);
    await host.present(at(1, 1)); // «Forrige»
    await expect(live.locator('.qcard')).toHaveAttribute('data-card', rounds[1]!.card!);

    // A state that does not open changes nothing and logs nothing.
    host.connection.setPresenter(
      `${(await encryptState(host.room.roomKeyRaw, host.room.roomId, at(1, 3))).slice(0, -4)}AAAA`,
    );
    await phone.waitForTimeout(800);
    await expect(live.locator('.qcard')).toHaveAttribute('data-card', rounds[1]!.card!);
    expect(consoleErrors).toEqual([]);

    // A second phone in English joins late: it sees the current round at once.
    await host.present(at(1, 2));
    const late = await newDevice({ ...PHONE, locale: 'en-GB' });
    await late.goto(link);
    await chooseSeat(late, 5);
    const lateLive = late.locator('.live-round');
    await expect(lateLive.locator('h2')).toHaveText(
      `The big screen is on step 2 · Round 3 of ${rounds.length}`,
    );
    await expect(lateLive.locator('.qcard')).toHaveAttribute(
      'data-card',
      seatRounds(session, 5, [DECK])[2]!.card!,
    );
    await expect(late.locator('.room-panel')).toContainText('Your notes stay on this phone.');

    // Anonymous: the name leaves what is sealed.
    await phone.getByRole('button', { name: 'Slå av deling' }).click();
    await expect.poll(() => host.connection.notes().size).toBe(0);
    await phone.getByRole('button', { name: 'Del notatene mine med fasilitator …' }).click();
    await phone.getByLabel('Del anonymt (uten navnet «Kari»)').check();
    await phone.getByRole('button', { name: 'Slå på deling' }).click();
    await expect
      .poll(async () => (await host.notes()).map((n) => [n.text, n.author ?? null]))
      .toEqual([['Tilbake igjen', null]]);

    // After a reload the phone shares from its notes store again, still anonymously.
    await host.connection.removeNote((await host.notes())[0]!.id);
    await phone.reload();
    await expect(phone.locator('.room-status')).toHaveText('Tilkoblet');
    await expect
      .poll(async () => (await host.notes()).map((n) => [n.text, n.author ?? null]))
      .toEqual([['Tilbake igjen', null]]);
    await expect(live.locator('.qcard')).toHaveAttribute('data-card', rounds[2]!.card!);
  } finally {
    host.connection.destroy();
  }
});

test('a room that was deleted is said so, and the phone stops trying', async ({ baseURL, newDevice }) => {
  const host = await facilitator(baseURL!);
  const session = sessionFor(host.room);
  expect(await host.connection.deleteRoom()).toBe(true);
  const phone = await newDevice({ ...PHONE, locale: 'nb-NO' });
  await phone.goto(`join/#${encodeJoin(session)}`);
  await chooseSeat(phone, 2);
  // The server keeps a tombstone of the deleted room: the phone is told how it ended.
  await expect(phone.locator('.room-status')).toContainText(
    'Rommet er avsluttet: fasilitatoren har slettet det.',
  );
  await expect(phone.locator('.room-status')).toContainText('prøver ikke mer');
  await expect(phone.getByRole('button', { name: 'Del notatene mine med fasilitator …' })).toBeDisabled();
  // The hand and «Lever notater» work as before.
  await phone.getByLabel('Notat til dette kortet').fill('Lokalt');
  await expect(phone.locator('.hand-in')).toContainText('Du har skrevet 1 notat.');
});

test('without a network the phone says so quietly, keeps the note and shares it when the room is back', async ({
  baseURL,
  newDevice,
}) => {
  const host = await facilitator(baseURL!);
  try {
    const session = sessionFor(host.room);
    const phone = await newDevice({ ...PHONE, locale: 'nn-NO' });
    await phone.goto(`join/#${encodeJoin(session)}`);
    await chooseSeat(phone, 4);
    await expect(phone.locator('.room-status')).toHaveText('Tilkopla');
    await phone.getByRole('button', { name: 'Del notata mine med fasilitator …' }).click();
    await phone.getByRole('button', { name: 'Slå på deling' }).click();

    await phone.context().setOffline(true);
    await expect(phone.locator('.room-status')).toHaveText(
      'Utan nett. Notata dine blir verande på telefonen og blir sende når rommet er tilbake.',
    );
    await phone.getByLabel('Notat til dette kortet').fill('Skrive utan nett');
    await phone.waitForTimeout(800);
    expect(host.connection.notes().size).toBe(0);

    // The pending note goes when the network is back, and the status line says so (Chromium's
    // offline switch leaves the old socket open: the client opens a fresh one).
    await phone.context().setOffline(false);
    await expect
      .poll(async () => (await host.notes()).map((n) => n.text), { timeout: 20_000 })
      .toEqual(['Skrive utan nett']);
    await expect(phone.locator('.room-status')).toHaveText('Tilkopla');
  } finally {
    host.connection.destroy();
  }
});
