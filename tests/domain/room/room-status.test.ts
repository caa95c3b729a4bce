import { describe, expect, it } from 'vitest';
import {
  initialRoomStatus,
  nextRoomStatus,
  OFFLINE_AFTER_FAILURES,
  sameRoomStatus,
  type RoomStatusEvent,
} from '../../../src/domain/room/room-status.ts';
import { roomUrls } from '../../../src/domain/room/room-url.ts';

const run = (...events: RoomStatusEvent[]) => events.reduce(nextRoomStatus, initialRoomStatus).status;
const closed: RoomStatusEvent = { type: 'closed' };
const synced: RoomStatusEvent = { type: 'synced' };

describe('room status', () => {
  it('connects, then reconnects after a blip, and says offline only after several failures', () => {
    expect(run()).toEqual({ state: 'connecting' });
    expect(run(closed)).toEqual({ state: 'connecting' });
    expect(run(synced)).toEqual({ state: 'connected' });
    expect(run(synced, closed)).toEqual({ state: 'reconnecting' });
    const failures = Array<RoomStatusEvent>(OFFLINE_AFTER_FAILURES).fill(closed);
    expect(run(synced, ...failures)).toEqual({ state: 'offline' });
    expect(run(synced, ...failures, synced, closed)).toEqual({ state: 'reconnecting' });
    expect(run(synced, { type: 'browser-offline' })).toEqual({ state: 'offline' });
    expect(run(synced, { type: 'browser-offline' }, closed)).toEqual({ state: 'offline' });
  });

  it('keeps a refusal until a retry, and translates only known reasons', () => {
    const refused = { type: 'refused', reason: 'bad-token' } as const;
    expect(run(refused, closed, synced)).toEqual({ state: 'refused', reason: 'bad-token' });
    expect(run(refused, { type: 'retry' })).toEqual({ state: 'connecting' });
    expect(run(synced, refused, { type: 'retry' }, synced)).toEqual({ state: 'connected' });
    expect(run({ type: 'refused', reason: '<img src=x>' })).toEqual({ state: 'refused', reason: 'refused' });
    expect(run({ type: 'refused', reason: 'room-not-found' })).toEqual({
      state: 'refused',
      reason: 'room-not-found',
    });
  });
});

describe('sameRoomStatus', () => {
  it('tells statuses apart by state and refusal reason only', () => {
    expect(sameRoomStatus({ state: 'reconnecting' }, { state: 'reconnecting' })).toBe(true);
    expect(sameRoomStatus({ state: 'reconnecting' }, { state: 'offline' })).toBe(false);
    const refused = (reason: 'bad-token' | 'room-full') => ({ state: 'refused', reason }) as const;
    expect(sameRoomStatus(refused('bad-token'), refused('bad-token'))).toBe(true);
    expect(sameRoomStatus(refused('bad-token'), refused('room-full'))).toBe(false);
  });
});

describe('roomUrls', () => {
  it('puts the room under the app base on the same origin, ws for http and wss for https', () => {
    expect(roomUrls('https://example.org/kortstokk/')).toEqual({
      socket: 'wss://example.org/kortstokk/room',
      probe: 'https://example.org/kortstokk/room',
    });
    expect(roomUrls('http://127.0.0.1:4173/?x=1#/join?r=abc')).toEqual({
      socket: 'ws://127.0.0.1:4173/room',
      probe: 'http://127.0.0.1:4173/room',
    });
  });

  it('refuses what is not an http(s) base', () => {
    for (const base of ['file:///tmp/index.html', 'javascript:alert(1)', 'not a url', ''])
      expect(roomUrls(base)).toBeNull();
  });
});
