import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltInDecks } from '../../src/content/built-in-decks.ts';

// In vitest the deck URLs are source paths; serve them from disk like the built app would.
const fakeFetch = (broken: string | null) =>
  (async (url: string) => {
    const file = String(url)
      .replace(/^.*\/cards\//, 'cards/')
      .replace(/\?.*$/, '');
    if (broken && file.endsWith(broken)) return new Response('{"type":"kortstokk/deck"', { status: 200 });
    return new Response(readFileSync(file));
  }) as unknown as typeof fetch;

const deckFiles = readdirSync('cards').filter((f) => f.endsWith('.json') && f !== 'deck.schema.json');

describe('loadBuiltInDecks', () => {
  it('loads and validates every deck in cards/', async () => {
    const { decks, failures } = await loadBuiltInDecks(fakeFetch(null));
    expect(failures).toEqual([]);
    expect(decks).toHaveLength(deckFiles.length);
    expect(decks.every((d) => d.cards.length > 0)).toBe(true);
  });

  it('reports a broken deck file and still loads the others', async () => {
    const { decks, failures } = await loadBuiltInDecks(fakeFetch('samspill.json'));
    expect(failures.map((f) => f.file)).toEqual(['samspill.json']);
    expect(failures[0]!.issues[0]!.code).toBe('not-json');
    expect(decks).toHaveLength(deckFiles.length - 1);
  });

  it('marks a deck that cannot be fetched (offline, not cached) as unreachable', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const { decks, failures } = await loadBuiltInDecks(offline);
    expect(decks).toEqual([]);
    expect(failures.every((f) => f.unreachable)).toBe(true);
  });

  it('loads only the decks asked for, by id (a join link names one or two)', async () => {
    const asked: string[] = [];
    const counting = (async (url: string) => {
      asked.push(String(url).replace(/^.*\//, ''));
      return fakeFetch(null)(url);
    }) as unknown as typeof fetch;
    const { decks, failures } = await loadBuiltInDecks(counting, ['samspill', 'naervaer', 'egen']);
    expect(decks.map((d) => d.id)).toEqual(['naervaer', 'samspill']);
    expect(asked.map((f) => f.replace(/\?.*$/, ''))).toEqual(['naervaer.json', 'samspill.json']);
    expect(failures).toEqual([]);
  });

  it('finds each deck by its file name: every file in cards/ is named after its deck id', () => {
    for (const file of deckFiles) {
      const { id } = JSON.parse(readFileSync(`cards/${file}`, 'utf8')) as { id: string };
      expect(`${id}.json`).toBe(file);
    }
  });
});
