import { describe, expect, it, vi } from 'vitest';
import type { RoomStatus } from '../../../src/domain/room/room-status.ts';
import type { HostRoomCallbacks } from '../../../src/lib/room/host-room.ts';
import { createHostRoomRegistry, type HostRoomListener } from '../../../src/lib/room/host-room-registry.ts';
import type { RoomConnection } from '../../../src/lib/room/room-connection.ts';
import type { RoomKeys } from '../../../src/storage/room-keys.ts';

const keys = (roomId: string) => ({ roomId, sessionId: 's1' }) as unknown as RoomKeys;

/** A registry over fake connections, with the delayed close run by hand. */
function setup({ deleteAnswer = true, failOpen = false } = {}) {
  const opened: {
    roomId: string;
    callbacks: HostRoomCallbacks;
    destroyed: number;
    notes: Map<string, string>;
  }[] = [];
  const pending: (() => void)[] = [];
  const open = vi.fn(async (k: RoomKeys, callbacks: HostRoomCallbacks): Promise<RoomConnection> => {
    if (failOpen) throw new Error('offline, no cache');
    const entry = { roomId: k.roomId, callbacks, destroyed: 0, notes: new Map<string, string>() };
    opened.push(entry);
    return {
      shareNote: () => true,
      removeNote: () => undefined,
      setPresenter: () => undefined,
      notes: () => entry.notes,
      presenter: () => null,
      connectedSeats: () => [],
      retry: () => undefined,
      deleteRoom: async () => deleteAnswer,
      destroy: () => void (entry.destroyed += 1),
    };
  });
  const registry = createHostRoomRegistry({
    open,
    later: (close) => {
      pending.push(close);
      return () => pending.splice(pending.indexOf(close), 1);
    },
  });
  const runLater = () => pending.splice(0).forEach((close) => close());
  return { registry, open, opened, pending, runLater };
}

function listener() {
  const heard = { statuses: [] as RoomStatus[], seats: [] as number[], notes: [] as string[][] };
  const l: HostRoomListener = {
    onStatus: (s) => void heard.statuses.push(s),
    onSeats: (s) => void heard.seats.push(s.length),
    onNotes: (c) => void heard.notes.push([...c.upserted.keys()]),
  };
  return { l, heard };
}

describe('the tab’s registry of owner connections', () => {
  it('opens one connection per room, shared by every screen that holds it', async () => {
    const { registry, open } = setup();
    const session = registry.acquire(keys('A'), listener().l);
    const wall = registry.acquire(keys('A'), listener().l);
    const presenter = registry.acquire(keys('A'), listener().l);
    expect(open).toHaveBeenCalledTimes(1);
    expect(registry.holders('A')).toBe(3);
    expect(await wall.connection).toBe(await session.connection);
    expect(await presenter.connection).toBe(await session.connection);
    registry.acquire(keys('B'), listener().l);
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('tells every holder of the status, seats and notes, and a late one what is known already', async () => {
    const { registry, opened } = setup();
    const first = listener();
    await registry.acquire(keys('A'), first.l).connection;
    const { callbacks, notes } = opened[0]!;
    callbacks.onStatus({ state: 'connected' });
    callbacks.onSeats?.(['1', '2']);
    notes.set('n1', 'AAAA');
    callbacks.onNotes?.({ upserted: new Map([['n1', 'AAAA']]), removed: [] });
    const late = listener();
    registry.acquire(keys('A'), late.l);
    expect(late.heard).toEqual({ statuses: [{ state: 'connected' }], seats: [2], notes: [['n1']] });
    callbacks.onSeats?.(['1', '2', '3']);
    expect(first.heard.seats).toEqual([2, 3]);
    expect(late.heard.seats).toEqual([2, 3]);
  });

  it('closes the connection only after the last release, and not when a screen comes back in time', async () => {
    const { registry, opened, pending, runLater, open } = setup();
    const session = registry.acquire(keys('A'), listener().l);
    const wall = registry.acquire(keys('A'), listener().l);
    await session.connection;
    session.release();
    session.release(); // twice is once
    expect(registry.holders('A')).toBe(1);
    expect(pending).toHaveLength(0);
    wall.release();
    expect(pending).toHaveLength(1);
    // The next screen of the room acquires before the close runs: same socket, no close pending.
    const presenter = registry.acquire(keys('A'), listener().l);
    expect(pending).toHaveLength(0);
    expect(open).toHaveBeenCalledTimes(1);
    presenter.release();
    runLater();
    await Promise.resolve();
    expect(opened[0]!.destroyed).toBe(1);
    expect(registry.holders('A')).toBe(0);
    // A screen after the close opens a new connection.
    registry.acquire(keys('A'), listener().l);
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('never lets a screen end the shared connection with destroy()', async () => {
    const { registry, opened } = setup();
    const lease = registry.acquire(keys('A'), listener().l);
    (await lease.connection).destroy();
    expect(opened[0]!.destroyed).toBe(0);
  });

  it('ends a deleted room at once and tells every screen holding it', async () => {
    const { registry, opened, open } = setup();
    const session = registry.acquire(keys('A'), listener().l);
    const wall = listener();
    registry.acquire(keys('A'), wall.l);
    expect(await (await session.connection).deleteRoom()).toBe(true);
    expect(wall.heard.statuses.at(-1)).toEqual({ state: 'refused', reason: 'room-deleted' });
    await Promise.resolve();
    expect(opened[0]!.destroyed).toBe(1);
    expect(registry.holders('A')).toBe(0);
    session.release(); // after the end: nothing left to close
    registry.acquire(keys('A'), listener().l);
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('keeps the connection when the server could not be asked to delete', async () => {
    const { registry, opened } = setup({ deleteAnswer: false });
    const session = registry.acquire(keys('A'), listener().l);
    expect(await (await session.connection).deleteRoom()).toBe(false);
    expect(opened[0]!.destroyed).toBe(0);
    expect(registry.holders('A')).toBe(1);
  });

  it('forgets a connection that failed to open, so the next screen tries again', async () => {
    const { registry, open } = setup({ failOpen: true });
    await expect(registry.acquire(keys('A'), listener().l).connection).rejects.toThrow('offline');
    await expect(registry.acquire(keys('A'), listener().l).connection).rejects.toThrow('offline');
    expect(open).toHaveBeenCalledTimes(2);
  });
});
