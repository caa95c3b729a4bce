import { describe, expect, it } from 'vitest';
import { readSeat, writeSeat } from '../../src/lib/seat-memory.ts';

/** A Map-backed Storage, optionally failing on write (a full or blocked localStorage). */
function memoryStorage(failWrites = false): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => {
      if (failWrites) throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
  };
}

describe('seat memory', () => {
  it('remembers the seat and name per session code', () => {
    const storage = memoryStorage();
    writeSeat('K7M4QX', { seat: 3, name: 'Kari' }, storage);
    writeSeat('PQ2W9Z', { seat: 5 }, storage);
    expect(readSeat('K7M4QX', 12, storage)).toEqual({ seat: 3, name: 'Kari' });
    expect(readSeat('PQ2W9Z', 12, storage)).toEqual({ seat: 5 });
    expect(readSeat('AAAAAA', 12, storage)).toBeNull();
  });

  it('forgets a seat the session no longer has, and anything malformed', () => {
    const storage = memoryStorage();
    writeSeat('K7M4QX', { seat: 9 }, storage);
    expect(readSeat('K7M4QX', 8, storage)).toBeNull();
    for (const raw of ['{', '"3"', '{"seat":"3"}', '{"seat":2.5}', '{"seat":0}', 'null']) {
      storage.setItem('kortstokk.join.K7M4QX', raw);
      expect(readSeat('K7M4QX', 8, storage), raw).toBeNull();
    }
    storage.setItem('kortstokk.join.K7M4QX', JSON.stringify({ seat: 2, name: '   ' }));
    expect(readSeat('K7M4QX', 8, storage)).toEqual({ seat: 2 });
  });

  it('never throws when storage refuses the write or is missing', () => {
    expect(() => writeSeat('K7M4QX', { seat: 1 }, memoryStorage(true))).not.toThrow();
    expect(readSeat('K7M4QX', 8, null)).toBeNull();
  });
});
