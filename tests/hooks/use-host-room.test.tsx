// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoomStatus } from '../../src/domain/room/room-status.ts';
import { useHostRoom } from '../../src/hooks/use-host-room.ts';
import type { HostRoomDeps } from '../../src/lib/room/host-room.ts';
import type { ConnectRoomOptions, RoomConnection } from '../../src/lib/room/room-connection.ts';
import { createRoom } from '../../src/lib/room/room-crypto.ts';
import { roomKeysFor } from '../../src/lib/room/room-keys-backup.ts';
import type { RoomKeys, RoomKeyStore } from '../../src/storage/room-keys.ts';

afterEach(cleanup);

/** A fake room: the hook's connect options are kept, so the test plays the server's part. */
function setup(stored: RoomKeys[] = [], deleteAnswer = true) {
  const rows = new Map(stored.map((k) => [k.roomId, k]));
  const store: RoomKeyStore = {
    put: async (k) => void rows.set(k.roomId, k),
    get: async (id) => rows.get(id) ?? null,
    listForSession: async (s) => [...rows.values()].filter((k) => k.sessionId === s),
    remove: async (id) => void rows.delete(id),
  };
  const opened: { options: ConnectRoomOptions; destroyed: number }[] = [];
  const connect = vi.fn(async (options: ConnectRoomOptions): Promise<RoomConnection> => {
    const entry = { options, destroyed: 0 };
    opened.push(entry);
    options.onStatus({ state: 'connecting' });
    return {
      shareNote: () => true,
      removeNote: () => undefined,
      setPresenter: () => undefined,
      notes: () => new Map(),
      presenter: () => null,
      connectedSeats: () => [],
      retry: () => undefined,
      deleteRoom: async () => deleteAnswer,
      destroy: () => void (entry.destroyed += 1),
    };
  });
  // The registry closes a room no screen holds at once here (in the app: a moment later).
  const deps: HostRoomDeps = {
    appBase: 'https://k.example/',
    store,
    connect,
    now: () => 5,
    later: (close) => {
      close();
      return () => undefined;
    },
  };
  return { deps, rows, opened };
}

const keysFor = async (sessionId: string) => roomKeysFor(await createRoom(), sessionId, 1);

describe('useHostRoom', () => {
  it('finds the session room kept on the device and connects to it, with its state and seats', async () => {
    const keys = await keysFor('s1');
    const { deps, opened } = setup([keys]);
    const { result } = renderHook(() => useHostRoom('s1', { deps }));
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(result.current.keys?.roomId).toBe(keys.roomId);
    const { onStatus, onSeats } = opened[0]!.options;
    act(() => onStatus({ state: 'connected' } satisfies RoomStatus));
    act(() => onSeats?.(['1', '4']));
    expect(result.current.status).toEqual({ state: 'connected' });
    expect(result.current.seats).toBe(2);
  });

  it('has no room and connects to nothing until «Start direkte rom», then connects the new one', async () => {
    const { deps, opened, rows } = setup();
    const { result } = renderHook(() => useHostRoom('s1', { deps }));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.keys).toBeNull();
    expect(opened).toHaveLength(0);
    await act(() => result.current.start());
    await waitFor(() => expect(opened).toHaveLength(1));
    expect([...rows.keys()]).toEqual([result.current.keys?.roomId]);
  });

  it('hands each change of the notes to the screen with the keys that open them', async () => {
    const keys = await keysFor('s1');
    const { deps, opened } = setup([keys]);
    const onNotes = vi.fn();
    renderHook(() => useHostRoom('s1', { deps, onNotes }));
    await waitFor(() => expect(opened).toHaveLength(1));
    const change = { upserted: new Map([['n1', 'AAAA']]), removed: [] };
    act(() => opened[0]!.options.onNotes?.(change));
    expect(onNotes).toHaveBeenCalledWith(change, keys);
  });

  it('after «Slett rommet» forgets the room; when the server cannot be asked it keeps it', async () => {
    const keys = await keysFor('s1');
    const refused = setup([keys], false);
    const kept = renderHook(() => useHostRoom('s1', { deps: refused.deps }));
    await waitFor(() => expect(kept.result.current.connection).not.toBeNull());
    expect(await act(() => kept.result.current.remove())).toBe(false);
    expect(kept.result.current.keys).not.toBeNull();

    const ok = setup([keys], true);
    const gone = renderHook(() => useHostRoom('s1', { deps: ok.deps }));
    await waitFor(() => expect(gone.result.current.connection).not.toBeNull());
    expect(await act(() => gone.result.current.remove())).toBe(true);
    expect(gone.result.current.keys).toBeNull();
    expect(ok.rows.size).toBe(0);
  });

  it('shares one connection between the screens of a tab that hold the same room', async () => {
    const keys = await keysFor('s1');
    const { deps, opened } = setup([keys]);
    const session = renderHook(() => useHostRoom('s1', { deps }));
    const wall = renderHook(() => useHostRoom('s1', { deps }));
    await waitFor(() => expect(session.result.current.connection).not.toBeNull());
    await waitFor(() => expect(wall.result.current.connection).not.toBeNull());
    expect(opened).toHaveLength(1);
    act(() => opened[0]!.options.onStatus({ state: 'connected' }));
    expect(wall.result.current.status).toEqual({ state: 'connected' });
    session.unmount();
    expect(opened[0]!.destroyed).toBe(0);
    wall.unmount();
    await waitFor(() => expect(opened[0]!.destroyed).toBe(1));
  });

  it('says when the server has ended the room, drops it from the link, and starts a new one in its place', async () => {
    const keys = await keysFor('s1');
    const { deps, opened, rows } = setup([keys]);
    const { result } = renderHook(() => useHostRoom('s1', { deps }));
    await waitFor(() => expect(opened).toHaveLength(1));
    act(() => opened[0]!.options.onStatus({ state: 'connected' }));
    expect(result.current.ended).toBeNull();
    expect(result.current.link?.id).toBe(keys.roomId);
    act(() => opened[0]!.options.onStatus({ state: 'refused', reason: 'room-expired' }));
    expect(result.current.ended).toBe('expired');
    expect(result.current.link).toBeNull();
    await act(() => result.current.start());
    await waitFor(() => expect(opened).toHaveLength(2));
    const fresh = result.current.keys!;
    expect(fresh.roomId).not.toBe(keys.roomId);
    expect([...rows.keys()]).toEqual([fresh.roomId]);
    expect(result.current.link?.id).toBe(fresh.roomId);
  });

  it('ends its connection when the screen closes', async () => {
    const keys = await keysFor('s1');
    const { deps, opened } = setup([keys]);
    const { unmount, result } = renderHook(() => useHostRoom('s1', { deps }));
    await waitFor(() => expect(result.current.connection).not.toBeNull());
    unmount();
    await waitFor(() => expect(opened[0]!.destroyed).toBe(1));
  });
});
