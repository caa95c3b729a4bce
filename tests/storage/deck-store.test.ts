import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseDeckText } from '../../src/domain/deck/parse-deck.ts';
import { openDeckStore } from '../../src/storage/deck-store.ts';
import { readFileSync } from 'node:fs';

const deck = (() => {
  const parsed = parseDeckText(readFileSync('cards/samspill.json', 'utf8'));
  if (!parsed.ok) throw new Error('fixture deck invalid');
  return parsed.deck;
})();

describe('deck store', () => {
  it('stores, lists and removes validated decks', async () => {
    const store = openDeckStore(new IDBFactory(), 'decks-a');
    await store.put({ ...deck, id: 'mine' }, 1);
    expect((await store.list()).decks.map((d) => d.id)).toEqual(['mine']);
    await store.remove('mine');
    expect((await store.list()).decks).toEqual([]);
  });

  it('reports a stored deck that no longer validates instead of trusting it', async () => {
    const factory = new IDBFactory();
    const store = openDeckStore(factory, 'decks-b');
    await store.put({ ...deck, id: 'good' }, 1);
    await new Promise<void>((done) => {
      const req = factory.open('decks-b', 1);
      req.onsuccess = () => {
        const tx = req.result.transaction('decks', 'readwrite');
        tx.objectStore('decks').put({ id: 'bad', json: '{"type":"kortstokk/deck"}', importedAt: 2 });
        tx.oncomplete = () => {
          req.result.close();
          done();
        };
      };
    });
    const listed = await openDeckStore(factory, 'decks-b').list();
    expect(listed.decks.map((d) => d.id)).toEqual(['good']);
    expect(listed.invalid).toEqual(['bad']);
  });
});
