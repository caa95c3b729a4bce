import { readFileSync } from 'node:fs';
import { encodeJoin } from '../../src/domain/join/encode-join.ts';
import { createRoom } from '../../src/lib/room/room-crypto.ts';
import { startAppServer, type AppServer } from './support/app-server.ts';
import { expect, expectAccessible, test } from './support/fixtures.ts';
import { joinSeat, PHONE, PHONE_TEXT } from './support/live-room.ts';

// A phone with a live room's link, where the app is served without a room (KORTSTOKK_ROOM=off
// serves the build's `room` file, «no room here», as a static host does): it says so quietly,
// opens no socket, logs no error, and keeps the notes on the phone for «Lever notater».

const DECK_VERSION = (JSON.parse(readFileSync('cards/naervaer.json', 'utf8')) as { version: number }).version;

let server: AppServer;
test.beforeEach(async () => {
  server = await startAppServer({ room: false });
});
test.afterEach(async () => {
  await server.dispose();
});

test('without a room server the phone says live sharing is not available and keeps its notes', async ({
  newDevice,
}) => {
  const room = await createRoom();
  const link = `${server.origin}/join/#${encodeJoin({
    v: 1,
    seed: 424242,
    decks: [{ id: 'naervaer', version: DECK_VERSION }],
    seats: 6,
    room: room.link,
  })}`;
  const phone = await newDevice({ ...PHONE, locale: PHONE_TEXT.nb.locale, baseURL: `${server.origin}/` });
  const sockets: string[] = [];
  phone.on('websocket', (ws) => sockets.push(ws.url()));
  await joinSeat(phone, link, 2);
  await expect(phone.locator('.room-status')).toHaveText(
    'Direkte deling er ikke tilgjengelig på denne adressen. Notatene dine blir på telefonen, og du kan levere dem som fil.',
  );
  await expect(phone.getByRole('button', { name: PHONE_TEXT.nb.shareStart })).toHaveCount(0);
  await phone.getByLabel(PHONE_TEXT.nb.note).fill('Bare her');
  await expect(phone.locator('.hand-in')).toContainText('Du har skrevet 1 notat.');
  await expectAccessible(phone, 'phone with a room link on a host without a room');
  expect(sockets).toEqual([]);
});
