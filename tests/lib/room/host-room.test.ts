import { describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../src/domain/notes/note-types.ts';
import { splitRoomToken } from '../../../src/domain/room/room-token.ts';
import { createTimer } from '../../../src/domain/timer/timer-state.ts';
import {
  connectHostRoom,
  deleteHostRoom,
  findHostRoom,
  openRoomNotes,
  publishPresenter,
  startHostRoom,
  type HostRoomDeps,
} from '../../../src/lib/room/host-room.ts';
import type { ConnectRoomOptions, RoomConnection } from '../../../src/lib/room/room-connection.ts';
import { decryptState, deriveRoomToken } from '../../../src/lib/room/room-crypto.ts';
import { sealNote } from '../../../src/lib/room/seal-note.ts';
import type { RoomKeys, RoomKeyStore } from '../../../src/storage/room-keys.ts';

/** The key store's contract in memory. */
function memoryStore(): RoomKeyStore & { rows: Map<string, RoomKeys> } {
  const rows = new Map<string, RoomKeys>();
  return {
    rows,
    put: async (keys) => void rows.set(keys.roomId, keys),
    get: async (id) => rows.get(id) ?? null,
    listForSession: async (sessionId) =>
      [...rows.values()].filter((k) => k.sessionId === sessionId).sort((a, b) => b.createdAt - a.createdAt),
    remove: async (id) => void rows.delete(id),
  };
}

/** A connection that records what the host does to it. */
function fakeConnection(deleteAnswer = true) {
  const calls = { presenter: [] as string[], destroyed: 0, deleteAsked: 0 };
  const connection: RoomConnection = {
    shareNote: () => true,
    removeNote: () => undefined,
    setPresenter: (envelope) => void calls.presenter.push(envelope),
    notes: () => new Map(),
    presenter: () => null,
    connectedSeats: () => [],
    retry: () => undefined,
    deleteRoom: async () => {
      calls.deleteAsked += 1;
      return deleteAnswer;
    },
    destroy: () => void (calls.destroyed += 1),
  };
  return { connection, calls };
}

function deps(
  store = memoryStore(),
  connect = vi.fn(async (_o: ConnectRoomOptions) => fakeConnection().connection),
) {
  let now = 1_000;
  const d: HostRoomDeps = { appBase: 'https://kortstokk.example/', store, connect, now: () => (now += 1) };
  return { d, store, connect };
}

const note = (id: string, sessionId = 'K7M4QX'): Note => ({
  id,
  sessionId,
  cardRef: null,
  seat: 4,
  text: 'Delt fra mobilen',
  createdAt: 5,
  updatedAt: 6,
});

describe('the facilitator side of a live room', () => {
  it('creates a room for a session, keeps its keys, and finds the newest again after a reload', async () => {
    const { d, store } = deps();
    const first = await startHostRoom(d, 'session-1');
    const second = await startHostRoom(d, 'session-1');
    await startHostRoom(d, 'session-2');
    expect(store.rows.size).toBe(3);
    expect(first.privateKey.extractable).toBe(false);
    expect((await findHostRoom(store, 'session-1'))?.roomId).toBe(second.roomId);
    expect(await findHostRoom(store, 'nothing')).toBeNull();
  });

  it('finds no room where the key store cannot be read (private mode), instead of failing', async () => {
    const broken = { ...memoryStore(), listForSession: () => Promise.reject(new Error('no IndexedDB')) };
    expect(await findHostRoom(broken, 'session-1')).toBeNull();
  });

  it('connects as the owner: the room token and the owner token, to the room id, on the app base', async () => {
    const { d, connect } = deps();
    const keys = await startHostRoom(d, 'session-1');
    await connectHostRoom(d, keys, { onStatus: () => undefined });
    const options = connect.mock.calls[0]![0];
    expect(options.roomId).toBe(keys.roomId);
    expect(options.appBase).toBe('https://kortstokk.example/');
    expect(splitRoomToken(options.token)).toEqual({
      room: await deriveRoomToken(keys.roomKeyRaw, keys.roomId),
      owner: keys.ownerToken,
    });
  });

  it('opens shared notes of its session; tampered, foreign-key and other-session envelopes are refused', async () => {
    const { d } = deps();
    const keys = await startHostRoom(d, 'session-1');
    const other = await startHostRoom(d, 'session-2');
    const good = await sealNote(keys.facilitatorPublicRaw, keys.roomId, 'n1', note('n1'));
    const bytes = Buffer.from(good, 'base64url');
    bytes[bytes.length - 1]! ^= 1;
    const upserted = new Map([
      ['n1', good],
      ['n2', bytes.toString('base64url')],
      ['n3', await sealNote(other.facilitatorPublicRaw, keys.roomId, 'n3', note('n3'))],
      ['n4', await sealNote(keys.facilitatorPublicRaw, keys.roomId, 'n4', note('n4', 'ZZZZZZ'))],
      // Sealed for another note id: the AAD does not match.
      ['n5', await sealNote(keys.facilitatorPublicRaw, keys.roomId, 'n1', note('n1'))],
    ]);
    const opened = await openRoomNotes(keys, 'K7M4QX', { upserted, removed: ['gone'] });
    expect(opened.notes).toEqual([note('n1')]);
    expect(opened.failures).toEqual([
      'decrypt-failed',
      'decrypt-failed',
      'invalid-content',
      'decrypt-failed',
    ]);
    expect(opened.removed).toEqual(['gone']);
  });

  it('publishes the presenter state encrypted with the room key', async () => {
    const { d } = deps();
    const keys = await startHostRoom(d, 'session-1');
    const { connection, calls } = fakeConnection();
    const state = { step: 2, round: 3, timer: createTimer(300_000) };
    await publishPresenter(keys, connection, state);
    expect(calls.presenter).toHaveLength(1);
    expect(await decryptState(keys.roomKeyRaw, keys.roomId, calls.presenter[0]!)).toEqual(state);
  });

  it('deletes on the server before forgetting the keys; offline, the keys stay for another try', async () => {
    const { d, store } = deps();
    const keys = await startHostRoom(d, 'session-1');
    const refused = fakeConnection(false);
    expect(await deleteHostRoom(d, keys, refused.connection, false)).toBe(false);
    expect(await deleteHostRoom(d, keys, null, false)).toBe(false);
    expect(store.rows.has(keys.roomId)).toBe(true);
    const ok = fakeConnection(true);
    expect(await deleteHostRoom(d, keys, ok.connection, false)).toBe(true);
    expect(store.rows.has(keys.roomId)).toBe(false);
  });

  it('forgets a room the server no longer knows without asking it', async () => {
    const { d, store } = deps();
    const keys = await startHostRoom(d, 'session-1');
    const { connection, calls } = fakeConnection(false);
    expect(await deleteHostRoom(d, keys, connection, true)).toBe(true);
    expect(calls.deleteAsked).toBe(0);
    expect(store.rows.size).toBe(0);
  });

  it('ends a connection once: after a delete the screen closing does not end it again', async () => {
    const fake = fakeConnection(true);
    const { d } = deps(
      memoryStore(),
      vi.fn(async () => fake.connection),
    );
    const keys = await startHostRoom(d, 'session-1');
    const connection = await connectHostRoom(d, keys, { onStatus: () => undefined });
    expect(await connection.deleteRoom()).toBe(true);
    connection.destroy();
    expect(fake.calls.destroyed).toBe(0);
    const other = fakeConnection(false);
    const { d: d2 } = deps(
      memoryStore(),
      vi.fn(async () => other.connection),
    );
    const second = await connectHostRoom(d2, keys, { onStatus: () => undefined });
    second.destroy();
    second.destroy();
    expect(other.calls.destroyed).toBe(1);
  });
});
