// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// In vitest the deck URLs are source paths: serve them from disk, and note which were asked for.
let asked: string[] = [];
beforeEach(() => {
  asked = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const file = String(url)
      .replace(/^.*\/cards\//, 'cards/')
      .replace(/\?.*$/, '');
    asked.push(file.replace('cards/', ''));
    return new Response(readFileSync(file));
  });
  vi.resetModules(); // a fresh store (the slice keeps its loads in module state)
});
afterEach(() => vi.unstubAllGlobals());

const freshStore = async () => (await import('../../src/store/store.ts')).useAppStore;

describe('the decks slice', () => {
  it('loads only the decks a join link names, once, and all of them when a screen needs all', async () => {
    const store = await freshStore();
    await Promise.all([
      store.getState().loadDecksFor(['naervaer']),
      store.getState().loadDecksFor(['naervaer']),
    ]);
    let decks = store.getState().decks;
    expect(decks.builtIn.map((d) => d.id)).toEqual(['naervaer']);
    expect(decks.status).toBe('idle'); // not every deck: a screen that lists them loads the rest
    expect(decks.tried).toEqual(['naervaer']);
    expect(asked).toEqual(['naervaer.json']);

    await store.getState().loadDecksFor(['naervaer', 'ikke-innebygd']);
    decks = store.getState().decks;
    expect(decks.tried).toEqual(['naervaer', 'ikke-innebygd']); // looked for: the link's deck is missing
    expect(asked).toEqual(['naervaer.json']);

    await store.getState().loadDecks();
    decks = store.getState().decks;
    expect(decks.status).toBe('ready');
    expect(decks.builtIn.map((d) => d.id).sort()).toEqual([
      'apning-avslutning',
      'arbeidsgiver',
      'floker',
      'framtid',
      'ledelse',
      'naervaer',
      'samspill',
    ]);
    await store.getState().loadDecksFor(['samspill']);
    expect(asked).toHaveLength(1 + 7); // nothing more once every deck is loaded
  });

  it('keeps the full load when a named load finishes after it', async () => {
    const store = await freshStore();
    const named = store.getState().loadDecksFor(['floker']);
    await store.getState().loadDecks();
    await named;
    expect(store.getState().decks.status).toBe('ready');
    expect(store.getState().decks.builtIn).toHaveLength(7);
  });
});
