import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import type { Note } from '../../../src/domain/notes/note-types.ts';
import type { RoomStatus } from '../../../src/domain/room/room-status.ts';
import { joinRoomToken } from '../../../src/domain/room/room-token.ts';
import { createTimer } from '../../../src/domain/timer/timer-state.ts';
import {
  connectRoom,
  type ConnectRoomOptions,
  type RoomConnection,
} from '../../../src/lib/room/room-connection.ts';
import {
  createRoom,
  decryptState,
  deriveRoomToken,
  encryptState,
  type NewRoom,
} from '../../../src/lib/room/room-crypto.ts';
import { openNote, sealNote } from '../../../src/lib/room/seal-note.ts';
import { stallingNetwork, startTestRoomServer, switchableNetwork } from './support/test-room-server.ts';

const note = (id: string, text: string): Note => ({
  id,
  sessionId: 'K7M4QX',
  cardRef: null,
  seat: 2,
  text,
  createdAt: 1,
  updatedAt: 1,
});
const waitFor = (check: () => void) => vi.waitFor(check, { timeout: 8000, interval: 20 });

let server: Awaited<ReturnType<typeof startTestRoomServer>>;
const open: RoomConnection[] = [];
beforeAll(async () => {
  server = await startTestRoomServer();
});
afterAll(async () => {
  for (const c of open) c.destroy();
  await server.stop();
});

/** Connects one device and records every status it reports. */
function connect(room: NewRoom, token: string, extra: Partial<ConnectRoomOptions> = {}) {
  const statuses: RoomStatus[] = [];
  const connection = connectRoom({
    appBase: server.appBase,
    roomId: room.roomId,
    token,
    onStatus: (s) => statuses.push(s),
    WebSocketPolyfill: WebSocket,
    ...extra,
  });
  open.push(connection);
  const last = () => statuses.at(-1);
  return {
    connection,
    statuses,
    last,
    connected: () => waitFor(() => expect(last()).toEqual({ state: 'connected' })),
  };
}

async function startRoom() {
  const room = await createRoom();
  const t = await deriveRoomToken(room.roomKeyRaw, room.roomId);
  const received = new Map<string, string>();
  const removed: string[] = [];
  const facilitator = connect(room, joinRoomToken(t, room.ownerToken), {
    onNotes: ({ upserted, removed: gone }) => {
      upserted.forEach((envelope, id) => received.set(id, envelope));
      removed.push(...gone);
    },
  });
  await facilitator.connected();
  return { room, t, facilitator, received, removed };
}

describe('connectRoom against a Hocuspocus server', () => {
  it('carries a sealed note from a phone to the facilitator, and its removal', async () => {
    const { room, t, received, removed } = await startRoom();
    const phone = connect(room, t, { seat: '3' });
    await phone.connected();
    const envelope = await sealNote(room.facilitatorPublicRaw, room.roomId, 'n1', note('n1', 'hei'));
    expect(phone.connection.shareNote('n1', envelope)).toBe(true);
    await waitFor(() => expect(received.get('n1')).toBe(envelope));
    expect(await openNote(room.privateKey, room.roomId, 'n1', received.get('n1')!)).toEqual(
      note('n1', 'hei'),
    );
    phone.connection.removeNote('n1');
    await waitFor(() => expect(removed).toContain('n1'));
    expect(phone.connection.shareNote('bad id!', envelope)).toBe(false);
  });

  it('lets every phone read the presenter state, and shows connected seats', async () => {
    const { room, t, facilitator } = await startRoom();
    const seen: string[] = [];
    const phone = connect(room, t, { seat: '7', onPresenter: (e) => seen.push(e) });
    await phone.connected();
    const state = { step: 1, round: 2, timer: { ...createTimer(60_000), startedAt: 5 } };
    facilitator.connection.setPresenter(await encryptState(room.roomKeyRaw, room.roomId, state));
    await waitFor(() => expect(seen).toHaveLength(1));
    expect(await decryptState(room.roomKeyRaw, room.roomId, seen[0]!)).toEqual(state);
    await waitFor(() => expect(facilitator.connection.connectedSeats()).toEqual(['7']));
  });

  it('is refused for an unknown room and for a wrong token, and stays refused', async () => {
    const { room, t } = await startRoom();
    const stranger = await createRoom();
    const lost = connect(stranger, await deriveRoomToken(stranger.roomKeyRaw, stranger.roomId));
    await waitFor(() => expect(lost.last()).toEqual({ state: 'refused', reason: 'room-not-found' }));
    const forged = connect(room, await deriveRoomToken(stranger.roomKeyRaw, room.roomId));
    await waitFor(() => expect(forged.last()).toEqual({ state: 'refused', reason: 'bad-token' }));
    const wrongOwner = connect(room, joinRoomToken(t, stranger.ownerToken));
    await waitFor(() => expect(wrongOwner.last()).toEqual({ state: 'refused', reason: 'bad-token' }));
    expect(forged.statuses.filter((s) => s.state === 'connected')).toEqual([]);
  });

  it('holds a note shared while offline and sends it when the network is back', async () => {
    const { room, t, received } = await startRoom();
    const net = switchableNetwork();
    const phone = connect(room, t, { WebSocketPolyfill: net.WebSocket });
    await phone.connected();
    phone.connection.retry(); // nothing to retry while connected: no status change
    expect(phone.statuses).toEqual([{ state: 'connecting' }, { state: 'connected' }]);
    net.setOnline(false);
    await waitFor(() => expect(phone.last()?.state).toMatch(/^(reconnecting|offline)$/));
    const envelope = await sealNote(
      room.facilitatorPublicRaw,
      room.roomId,
      'late',
      note('late', 'fra tunnelen'),
    );
    expect(phone.connection.shareNote('late', envelope)).toBe(true);
    expect(received.has('late')).toBe(false);
    net.setOnline(true);
    phone.connection.retry(); // what the browser's `online` event does
    await phone.connected();
    await waitFor(() => expect(received.get('late')).toBe(envelope));
  });

  it('comes back connected when the network returns under a socket that never closed', async () => {
    // Chromium's offline switch (and a phone changing networks) leaves the old socket counting as
    // open: frames go nowhere and closing it does nothing until the network is back.
    const { room, t, received } = await startRoom();
    const net = stallingNetwork();
    const phone = connect(room, t, { WebSocketPolyfill: net.WebSocket, watchNetwork: net.watch });
    await phone.connected();
    net.setOnline(false);
    expect(phone.last()).toEqual({ state: 'offline' });
    const envelope = await sealNote(
      room.facilitatorPublicRaw,
      room.roomId,
      'stall',
      note('stall', 'i heisen'),
    );
    expect(phone.connection.shareNote('stall', envelope)).toBe(true);
    net.setOnline(true);
    await phone.connected();
    await waitFor(() => expect(received.get('stall')).toBe(envelope));
    expect(net.opened()).toBe(2); // a fresh socket, authenticated and synced again
  });

  it('opened without a network, it tries nothing until the network is back', async () => {
    const { room, t } = await startRoom();
    const net = stallingNetwork();
    vi.stubGlobal('navigator', { onLine: false });
    try {
      const phone = connect(room, t, { WebSocketPolyfill: net.WebSocket, watchNetwork: net.watch });
      expect(phone.last()).toEqual({ state: 'offline' });
      phone.connection.retry(); // e.g. the screen woke up: still no network, still no attempt
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(net.opened()).toBe(0);
      vi.stubGlobal('navigator', { onLine: true });
      net.setOnline(true);
      await phone.connected();
      expect(net.opened()).toBe(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('after a deletion, another screen of the owner stops instead of creating the room anew', async () => {
    const { room, t, facilitator } = await startRoom();
    const wall = connect(room, joinRoomToken(t, room.ownerToken));
    await wall.connected();
    expect(await facilitator.connection.deleteRoom()).toBe(true);
    await waitFor(() => expect(wall.last()).toEqual({ state: 'refused', reason: 'room-deleted' }));
    const phone = connect(room, t);
    await waitFor(() => expect(phone.last()).toEqual({ state: 'refused', reason: 'room-not-found' }));
    expect(wall.statuses.filter((s) => s.state === 'connected')).toHaveLength(1);
  });

  it('deletes the room for the owner; a phone is then refused', async () => {
    const { room, t, facilitator } = await startRoom();
    const phone = connect(room, t);
    await phone.connected();
    // Without the owner token the server does nothing, so no close answers the phone.
    expect(await phone.connection.deleteRoom(300)).toBe(false);
    expect(await facilitator.connection.deleteRoom()).toBe(true);
    await waitFor(() => expect(phone.last()).toEqual({ state: 'refused', reason: 'room-deleted' }));
    expect(facilitator.statuses.at(-1)).toEqual({ state: 'connected' });
    // Each status is reported once, however many closes lead to it.
    const states = phone.statuses.map((s) => s.state);
    expect(states.filter((s, i) => s === states[i - 1])).toEqual([]);
  });
});
