import { describe, expect, it } from 'vitest';
import { readShare, writeShare } from '../../../src/features/join/share-memory.ts';

/** A Storage that keeps items in a map, optionally refusing writes (a full or blocked storage). */
function memoryStorage(refuse = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (refuse) throw new Error('QuotaExceededError');
      items.set(key, value);
    },
  };
}

describe('the sharing choice per session', () => {
  it('is off until turned on, remembers anonymous, and is off again when turned off', () => {
    const storage = memoryStorage();
    expect(readShare('K7M4QX', storage)).toBeNull();
    writeShare('K7M4QX', { anonymous: true }, storage);
    expect(readShare('K7M4QX', storage)).toEqual({ anonymous: true });
    expect(readShare('OTHER1', storage)).toBeNull();
    writeShare('K7M4QX', null, storage);
    expect(readShare('K7M4QX', storage)).toBeNull();
  });

  it('reads anything malformed as off, and a refused write as not remembered', () => {
    const storage = memoryStorage();
    for (const raw of ['{', '{"anonymous":"yes"}', 'null', '[]']) {
      storage.setItem('kortstokk.join.share.K7M4QX', raw);
      expect(readShare('K7M4QX', storage)).toBeNull();
    }
    const full = memoryStorage(true);
    expect(() => writeShare('K7M4QX', { anonymous: false }, full)).not.toThrow();
    expect(readShare('K7M4QX', full)).toBeNull();
  });
});
