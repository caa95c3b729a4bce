import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openNotesRepository } from '../../src/storage/notes-repository.ts';
import { readRescue, recoverRescue, RESCUE_PREFIX, saveRescue } from '../../src/storage/rescue.ts';

/** A Storage over a Map, like localStorage. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

const open = (factory: IDBFactory, now = () => 1000, onBeforeWrite?: () => void) =>
  openNotesRepository({
    indexedDB: factory,
    dbName: 'rescue',
    channelName: null,
    now,
    debounceMs: 300,
    onBeforeWrite,
  });

describe('the rescue of unsaved notes', () => {
  it('brings back text typed just before the page went away', async () => {
    const factory = new IDBFactory();
    const storage = memoryStorage();
    let t = 1000;
    let pageGone = false;
    const first = open(
      factory,
      () => t,
      () => {
        if (pageGone) throw new Error('the page is gone');
      },
    );
    await first.ready;
    const note = first.put({ kind: 'journal', text: 'H' });
    await first.flush();
    t = 2000;
    first.setText(note.id, 'Hello world');
    // The page is left now: the synchronous rescue runs, the IndexedDB write never happens.
    pageGone = true;
    saveRescue(first.pendingNotes(), storage, `${RESCUE_PREFIX}a`);

    const second = open(factory, () => 3000);
    expect(await recoverRescue(second, storage)).toBe(1);
    expect(second.get(note.id)?.text).toBe('Hello world');
    expect(readRescue(storage).keys).toEqual([]);
    const third = open(factory, () => 4000);
    await third.ready;
    expect(third.get(note.id)?.text).toBe('Hello world');
  });

  it('never lets an older rescue overwrite newer stored text', async () => {
    const factory = new IDBFactory();
    const storage = memoryStorage();
    const repo = open(factory, () => 5000);
    await repo.ready;
    const note = repo.put({ kind: 'note', text: 'newest' });
    await repo.flush();
    saveRescue([{ ...note, text: 'older', updatedAt: 10 }], storage, `${RESCUE_PREFIX}b`);
    const again = open(factory, () => 6000);
    expect(await recoverRescue(again, storage)).toBe(0);
    expect(again.get(note.id)?.text).toBe('newest');
  });

  it('keeps each page apart and ignores garbage', () => {
    const storage = memoryStorage();
    const note = {
      id: 'n1',
      kind: 'note',
      sessionId: null,
      cardRef: null,
      text: 'a',
      createdAt: 1,
      updatedAt: 1,
      rev: 1,
    };
    saveRescue([note], storage, `${RESCUE_PREFIX}one`);
    saveRescue([{ ...note, id: 'n2' }], storage, `${RESCUE_PREFIX}two`);
    storage.setItem(`${RESCUE_PREFIX}bad`, '{not json');
    expect(
      readRescue(storage)
        .notes.map((n) => n.id)
        .sort(),
    ).toEqual(['n1', 'n2']);
    saveRescue([], storage, `${RESCUE_PREFIX}one`);
    expect(readRescue(storage).notes.map((n) => n.id)).toEqual(['n2']);
  });
});
