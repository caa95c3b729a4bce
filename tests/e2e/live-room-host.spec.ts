import { WebSocket } from 'ws';
import type { Note } from '../../src/domain/notes/note-types.ts';
import { decodeJoin } from '../../src/domain/join/decode-join.ts';
import { shortCode } from '../../src/domain/join/short-code.ts';
import { decryptState } from '../../src/lib/room/room-crypto.ts';
import { phoneRoomAccess } from '../../src/lib/room/room-access.ts';
import { connectRoom, type RoomConnection } from '../../src/lib/room/room-connection.ts';
import { sealNote } from '../../src/lib/room/seal-note.ts';
import { expect, expectAccessible, press, test } from './support/fixtures.ts';
import { groupFromTemplate } from './support/workshop.ts';

const TEMPLATE = 'Verksted ledelse: nærvær';

/**
 * A phone as the room sees it, run in Node with the app's own room libraries (the phone's screens
 * are another helper's): it reads the join link's `r`, `rk`, `fk` exactly as a phone does, connects
 * with the room token only, sets its seat, and shares sealed notes.
 */
async function phoneFrom(link: string, appBase: string) {
  const decoded = decodeJoin(new URL(link).hash.slice(1));
  if (!decoded.ok || decoded.session.room === undefined) throw new Error('the link carries no room');
  const access = await phoneRoomAccess(decoded.session.room);
  const states: string[] = [];
  const connection: RoomConnection = connectRoom({
    appBase,
    roomId: access.roomId,
    token: access.token,
    seat: '3',
    onStatus: (s) => states.push(s.state === 'refused' ? `refused:${s.reason}` : s.state),
    WebSocketPolyfill: WebSocket,
  });
  return { access, connection, states, code: shortCode(decoded.session) };
}

test('the facilitator starts a live room, a shared note reaches the wall, «Slett rommet» ends it', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await groupFromTemplate(page, TEMPLATE, 8);
  const sessionUrl = page.url();
  const plain = (await page.locator('.join-url').textContent())!;
  expect(plain).not.toContain('rk=');

  // «Start direkte rom»: connected as the owner, and the link now carries the room.
  await press(page.getByRole('button', { name: 'Start direkte rom' }));
  const state = page.locator('.live-room-state');
  await expect(state).toContainText('Rommet: Tilkoblet');
  await expect(state).toContainText('0 mobiler tilkoblet');
  await expect(page.locator('.join-url')).toContainText('&rk=');
  const link = `http://${(await page.locator('.join-url').textContent())!}`;
  expect(link).toMatch(/&r=[A-Za-z0-9_-]{22}&rk=[A-Za-z0-9_-]{43}&fk=[A-Za-z0-9_-]{87}/);
  await expectAccessible(page, 'session screen with a live room');

  // After a reload the room is found again in the key store and reconnected, same link.
  await page.reload();
  await expect(state).toContainText('Rommet: Tilkoblet');
  await expect(page.locator('.join-url')).toHaveText(link.replace('http://', ''));

  // A phone joins with the link's values: the facilitator sees one phone.
  const phone = await phoneFrom(link, baseURL!);
  await expect.poll(() => phone.states.at(-1)).toBe('connected');
  await expect(state).toContainText('1 mobil tilkoblet');

  // On the notes wall, a note the phone shares arrives by itself, without any import.
  await press(page.getByRole('link', { name: 'Åpne notatveggen' }));
  await expect(page.locator('.wall-live-state')).toContainText('Direkte rom: Tilkoblet');
  await expect(page.locator('.wall-note')).toHaveCount(0);
  const note: Note = {
    id: 'live-note-1',
    sessionId: phone.code,
    cardRef: null,
    seat: 3,
    text: 'Lytte uten å avbryte',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  };
  const envelope = await sealNote(phone.access.facilitatorPublicRaw, phone.access.roomId, note.id, note);
  expect(phone.connection.shareNote(note.id, envelope)).toBe(true);
  await expect(page.locator('.wall-note-text')).toHaveText(['Lytte uten å avbryte']);
  await expect(page.locator('.wall-live-state')).toContainText('1 notat kom direkte.');

  // A tampered envelope: a clear message, nothing shown, nothing stored.
  const bytes = Buffer.from(envelope, 'base64url');
  bytes[bytes.length - 1]! ^= 1;
  expect(phone.connection.shareNote('live-note-2', bytes.toString('base64url'))).toBe(true);
  await expect(page.getByRole('alert')).toContainText('Et notat fra rommet ble avvist og er ikke lagret');
  await expect(page.locator('.wall-note-text')).toHaveText(['Lytte uten å avbryte']);
  await expectAccessible(page, 'notes wall with a live room');

  // Removed on the phone: it came only live, so it leaves the wall too.
  phone.connection.removeNote(note.id);
  await expect(page.locator('.wall-note')).toHaveCount(0);

  // Presenting the group: every move and the timer reach the room, readable with the room key.
  await page.goto(sessionUrl);
  await press(page.getByRole('link', { name: 'Start presentasjon' }));
  const presented = async () => {
    const envelope = phone.connection.presenter();
    if (envelope === null) return null;
    const { step, round, timer } = await decryptState(phone.access.roomKeyRaw, phone.access.roomId, envelope);
    return { step, round, running: timer.startedAt !== null };
  };
  await expect.poll(presented).toEqual({ step: 0, round: 0, running: false });
  await page.keyboard.press('PageDown'); // the next round, or the next step: one move either way
  await expect
    .poll(async () => {
      const state = await presented();
      return state === null ? null : state.step + state.round;
    })
    .toBe(1);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await presented())?.running).toBe(true);

  // «Slett rommet» (asks first): the phone is closed out, the link is the plain one again.
  await page.goto(sessionUrl);
  await expect(state).toContainText('Rommet: Tilkoblet');
  await press(page.getByRole('button', { name: 'Slett rommet' }));
  await expect(page.getByText('Slette rommet?')).toBeFocused();
  await press(page.getByRole('button', { name: 'Slett rommet' }));
  await expect(page.getByText('Rommet er slettet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start direkte rom' })).toBeVisible();
  await expect(page.locator('.join-url')).toHaveText(plain);
  await expect.poll(() => phone.states.at(-1)).not.toBe('connected');
  phone.connection.destroy();
});

test('the session screen, the notes wall and the presenter share one owner connection', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await groupFromTemplate(page, TEMPLATE, 8);
  // Every WebSocket the facilitator's tab opens to the room, from here on.
  const sockets: string[] = [];
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).pathname.endsWith('/room')) sockets.push(socket.url());
  });
  await press(page.getByRole('button', { name: 'Start direkte rom' }));
  const state = page.locator('.live-room-state');
  await expect(state).toContainText('Rommet: Tilkoblet');
  const link = `http://${(await page.locator('.join-url').textContent())!}`;
  const phone = await phoneFrom(link, baseURL!);
  await expect.poll(() => phone.states.at(-1)).toBe('connected');
  await expect(state).toContainText('1 mobil tilkoblet');

  // To the wall and back, then to the presenter: moves inside the app, as a person makes them.
  await press(page.getByRole('link', { name: 'Åpne notatveggen' }));
  await expect(page.locator('.wall-live-state')).toContainText('Direkte rom: Tilkoblet');
  await page.goBack();
  await expect(state).toContainText('Rommet: Tilkoblet · 1 mobil tilkoblet');
  await press(page.getByRole('link', { name: 'Start presentasjon' }));
  // The presenter publishes through the shared connection: the phone reads where it is.
  await expect
    .poll(async () => {
      const envelope = phone.connection.presenter();
      if (envelope === null) return null;
      return (await decryptState(phone.access.roomKeyRaw, phone.access.roomId, envelope)).step;
    })
    .toBe(0);
  expect(sockets, 'one owner socket for the whole tab').toHaveLength(1);
  phone.connection.destroy();
});

test('a room deleted elsewhere stays ended: the facilitator is told, starts a new one, the old link is refused', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await groupFromTemplate(page, TEMPLATE, 8);
  const sessionUrl = page.url();
  const plain = (await page.locator('.join-url').textContent())!;
  await press(page.getByRole('button', { name: 'Start direkte rom' }));
  const state = page.locator('.live-room-state');
  await expect(state).toContainText('Rommet: Tilkoblet');
  const oldLink = `http://${(await page.locator('.join-url').textContent())!}`;

  // Another tab of the same browser deletes the room. This tab still holds its keys in memory:
  // its owner token must not bring the room back empty when it reconnects.
  const other = await page.context().newPage();
  await other.goto(sessionUrl);
  await expect(other.locator('.live-room-state')).toContainText('Rommet: Tilkoblet');
  await press(other.getByRole('button', { name: 'Slett rommet' }));
  await press(other.getByRole('button', { name: 'Slett rommet' }));
  await expect(other.getByText('Rommet er slettet.')).toBeVisible();
  await other.close();

  await expect(state).toHaveText(/^Rommet er avsluttet: det er slettet/);
  await expect(
    page.getByText(/gamle QR-koder, plasskort og lenker til rommet virker ikke lenger/),
  ).toBeVisible();
  await expect(page.locator('.join-url')).toHaveText(plain);
  await expectAccessible(page, 'session screen, the room has ended');

  // A phone with the old link is refused with a reason it can show.
  const phone = await phoneFrom(oldLink, baseURL!);
  await expect.poll(() => phone.states.at(-1)).toBe('refused:room-deleted');
  phone.connection.destroy();

  // «Start et nytt rom»: a new id and new keys; the old link stays refused.
  await press(page.getByRole('button', { name: 'Start et nytt rom' }));
  await expect(state).toContainText('Rommet: Tilkoblet');
  const newLink = `http://${(await page.locator('.join-url').textContent())!}`;
  const roomOf = (link: string) => new URLSearchParams(new URL(link).hash.slice(1)).get('r');
  expect(roomOf(newLink)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  expect(roomOf(newLink)).not.toBe(roomOf(oldLink));
  const late = await phoneFrom(oldLink, baseURL!);
  await expect.poll(() => late.states.at(-1)).toBe('refused:room-deleted');
  late.connection.destroy();
});
