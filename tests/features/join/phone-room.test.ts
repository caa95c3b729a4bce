import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../src/domain/notes/note-types.ts';
import type { PresenterRoomState } from '../../../src/domain/room/presenter-state.ts';
import type { RoomStatus } from '../../../src/domain/room/room-status.ts';
import { createTimer } from '../../../src/domain/timer/timer-state.ts';
import { startPhoneRoom, type PhoneRoomHandlers } from '../../../src/features/join/phone-room.ts';
import type { RoomConnection } from '../../../src/lib/room/room-connection.ts';

const note = (id: string, text: string, extra: Partial<Note> = {}): Note => ({
  id,
  sessionId: 'K7M4QX',
  cardRef: null,
  seat: 2,
  text,
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

const state = (step: number, round: number): PresenterRoomState => ({
  step,
  round,
  timer: createTimer(60_000),
});

/** A connection that keeps the room's notes in a map and lets the test play the server. */
function fakeRoom() {
  const notes = new Map<string, string>();
  let handlers: PhoneRoomHandlers | null = null;
  let presenter: string | null = null;
  const calls = { retry: 0, destroy: 0 };
  const connection: RoomConnection = {
    shareNote: (id, envelope) => {
      if (envelope.length > 100) return false;
      notes.set(id, envelope);
      return true;
    },
    removeNote: (id) => notes.delete(id),
    setPresenter: () => undefined,
    notes: () => notes,
    presenter: () => presenter,
    connectedSeats: () => [],
    retry: () => {
      calls.retry += 1;
    },
    deleteRoom: () => Promise.resolve(false),
    destroy: () => {
      calls.destroy += 1;
    },
  };
  return {
    notes,
    calls,
    connect: (h: PhoneRoomHandlers) => {
      handlers = h;
      return connection;
    },
    status: (s: RoomStatus) => handlers?.onStatus(s),
    /** The presenter's envelope changes (as the Y.Doc would report it). */
    publish: (envelope: string) => {
      presenter = envelope;
      handlers?.onPresenter(envelope);
    },
    /** The envelope is in the document, but no event reached this phone (a locked screen). */
    setQuietly: (envelope: string) => {
      presenter = envelope;
    },
  };
}

/** «Sealing» that the test can read: the note's text, tagged; fails for text 'unsealable'. */
const seal = (n: Note) =>
  n.text === 'unsealable'
    ? Promise.reject(new Error('too-large'))
    : Promise.resolve(`sealed:${n.text}:${n.author ?? '-'}`);
/** Envelopes «open» when they are `state:<step>:<round>`; anything else is tampered. */
const openPresenter = (envelope: string) => {
  const match = /^state:(\d+):(\d+)$/.exec(envelope);
  return match
    ? Promise.resolve(state(Number(match[1]), Number(match[2])))
    : Promise.reject(new Error('decrypt-failed'));
};

function start() {
  const room = fakeRoom();
  const statuses: RoomStatus[] = [];
  const shown: PresenterRoomState[] = [];
  const failed: string[] = [];
  const phone = startPhoneRoom({
    connect: room.connect,
    seal,
    openPresenter,
    onStatus: (s) => statuses.push(s),
    onPresenter: (s) => shown.push(s),
    onShareFailed: (id) => failed.push(id),
    debounceMs: 300,
  });
  return { room, phone, statuses, shown, failed };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('sharing notes', () => {
  it('shares each note with text once the typing pauses, and not while sharing is off', async () => {
    const { room, phone } = start();
    phone.setShared(null);
    await vi.advanceTimersByTimeAsync(1000);
    expect(room.notes.size).toBe(0);
    phone.setShared([note('a', 'first'), note('b', '   ')]);
    await vi.advanceTimersByTimeAsync(100);
    expect(room.notes.size).toBe(0); // still inside the quiet time
    await vi.advanceTimersByTimeAsync(300);
    expect([...room.notes]).toEqual([['a', 'sealed:first:-']]);
  });

  it('re-shares an edited note, only its latest text, and leaves unchanged notes alone', async () => {
    const { room, phone } = start();
    phone.setShared([note('a', 'one'), note('b', 'two')]);
    await vi.advanceTimersByTimeAsync(400);
    phone.setShared([note('a', 'one!'), note('b', 'two')]);
    await vi.advanceTimersByTimeAsync(100);
    phone.setShared([note('a', 'one!!'), note('b', 'two')]);
    await vi.advanceTimersByTimeAsync(400);
    expect(room.notes.get('a')).toBe('sealed:one!!:-');
    expect(room.notes.get('b')).toBe('sealed:two:-');
    room.notes.set('b', 'untouched'); // an unchanged note is not sealed again
    phone.setShared([note('a', 'one!!'), note('b', 'two')]);
    await vi.advanceTimersByTimeAsync(400);
    expect(room.notes.get('b')).toBe('untouched');
  });

  it('takes a deleted or emptied note out of the room at once', async () => {
    const { room, phone } = start();
    phone.setShared([note('a', 'one'), note('b', 'two')]);
    await vi.advanceTimersByTimeAsync(400);
    phone.setShared([note('b', '')]);
    expect(room.notes.size).toBe(0);
  });

  it('does not share a note deleted while it was waiting for the quiet time', async () => {
    const { room, phone } = start();
    phone.setShared([note('a', 'one')]);
    phone.setShared([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(room.notes.size).toBe(0);
  });

  it('takes every note it shared out of the room when sharing is turned off, and shares again when on', async () => {
    const { room, phone } = start();
    room.notes.set('someone-else', 'theirs');
    phone.setShared([note('a', 'one'), note('b', 'two')]);
    await vi.advanceTimersByTimeAsync(400);
    phone.setShared(null);
    expect([...room.notes.keys()]).toEqual(['someone-else']);
    phone.setShared([note('a', 'one')]);
    await vi.advanceTimersByTimeAsync(400);
    expect(room.notes.get('a')).toBe('sealed:one:-');
  });

  it('re-shares when the anonymous choice changes what is sealed', async () => {
    const { room, phone } = start();
    phone.setShared([note('a', 'one', { author: 'Kari' })]);
    await vi.advanceTimersByTimeAsync(400);
    expect(room.notes.get('a')).toBe('sealed:one:Kari');
    phone.setShared([note('a', 'one')]);
    await vi.advanceTimersByTimeAsync(400);
    expect(room.notes.get('a')).toBe('sealed:one:-');
  });

  it('reports a note it could not seal or the room refused, and shares the rest', async () => {
    const { room, phone, failed } = start();
    phone.setShared([note('a', 'unsealable'), note('b', 'x'.repeat(200)), note('c', 'fine')]);
    await vi.advanceTimersByTimeAsync(400);
    expect(failed.sort()).toEqual(['a', 'b']);
    expect([...room.notes.keys()]).toEqual(['c']);
  });
});

describe('following the presenter', () => {
  it('shows each state that opens, in order, and ignores one that does not', async () => {
    const { room, shown } = start();
    room.publish('state:2:1');
    await vi.advanceTimersByTimeAsync(0);
    room.publish('tampered');
    await vi.advanceTimersByTimeAsync(0);
    room.publish('state:2:2');
    await vi.advanceTimersByTimeAsync(0);
    expect(shown.map((s) => [s.step, s.round])).toEqual([
      [2, 1],
      [2, 2],
    ]);
  });

  it('reads the current state when it connects (a late joiner) and when refreshed (a locked screen)', async () => {
    const { room, phone, shown } = start();
    room.setQuietly('state:1:3');
    room.status({ state: 'connected' });
    await vi.advanceTimersByTimeAsync(0);
    expect(shown.at(-1)).toMatchObject({ step: 1, round: 3 });
    room.setQuietly('state:1:4');
    phone.refresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(shown.at(-1)).toMatchObject({ step: 1, round: 4 });
    expect(room.calls.retry).toBe(1);
  });

  it('shows nothing after it is destroyed', async () => {
    const { room, phone, shown } = start();
    room.publish('state:0:1');
    phone.destroy();
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual([]);
    expect(room.calls.destroy).toBe(1);
  });
});

describe('the room refusing', () => {
  it('reports the refusal and stops trying: no retry, no more shares', async () => {
    const { room, phone, statuses } = start();
    room.status({ state: 'refused', reason: 'room-not-found' });
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toEqual({ state: 'refused', reason: 'room-not-found' });
    expect(room.calls.destroy).toBe(1);
    phone.refresh();
    phone.setShared([note('a', 'one')]);
    await vi.advanceTimersByTimeAsync(400);
    expect(room.calls.retry).toBe(0);
    expect(room.notes.size).toBe(0);
  });
});
