import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeckText } from '../../../src/domain/deck/parse-deck.ts';
import type { Deck } from '../../../src/domain/deck/types.ts';
import { normalizeForSearch, searchCards, searchTerms } from '../../../src/features/decks/search-cards.ts';

const load = (path: string): Deck => {
  const parsed = parseDeckText(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} is not a valid deck`);
  return parsed.deck;
};

const deck: Deck = {
  id: 'd',
  version: 1,
  title: { nb: 'D' },
  description: { nb: 'D' },
  categories: [{ id: 'c', label: { nb: 'C' } }],
  cards: [
    { id: 'd-001', category: 'c', text: { nb: 'Hvordan måler vi nærvær?', nn: 'Korleis måler vi nærvær?' } },
    { id: 'd-002', category: 'c', text: { nb: 'Hva er en idé?' }, followUps: [{ nb: 'Hvem eier ideen?' }] },
    { id: 'd-003', category: 'c', text: { nb: 'Tillit og ÅPENHET', en: 'Trust and openness' } },
  ],
};

describe('normalizeForSearch', () => {
  it('folds case and accents, keeps letters that are not accented forms (æ, ø)', () => {
    expect(normalizeForSearch('ÅPENHET')).toBe('apenhet');
    expect(normalizeForSearch('Idé Café')).toBe('ide cafe');
    expect(normalizeForSearch('Nærvær og ØKONOMI')).toBe('nærvær og økonomi');
    expect(normalizeForSearch('  two\u00a0\n words ')).toBe('two words');
    expect(normalizeForSearch('ﬁnne')).toBe('finne');
  });

  it('is idempotent over any text, so a folded query always finds the folded text it came from', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const once = normalizeForSearch(s);
        expect(normalizeForSearch(once)).toBe(once);
        expect(normalizeForSearch(`x ${s} y`)).toContain(once);
      }),
      { numRuns: 500 },
    );
    expect(normalizeForSearch('İ ㎁')).toBe('i na');
  });

  it('splits a query into folded words', () => {
    expect(searchTerms('  Måler   NÆRVÆR ')).toEqual(['maler', 'nærvær']);
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('searchCards', () => {
  const ids = (query: string, lang: 'nb' | 'nn' | 'en' = 'nb') =>
    searchCards([deck], query, lang).map((hit) => hit.card.id);

  it('finds cards whatever the case and accents of the query', () => {
    expect(ids('MALER')).toEqual(['d-001']);
    expect(ids('åpenhet')).toEqual(['d-003']);
    expect(ids('ide')).toEqual(['d-002']);
  });

  it('needs every word, in any order', () => {
    expect(ids('nærvær hvordan')).toEqual(['d-001']);
    expect(ids('nærvær tillit')).toEqual([]);
  });

  it('searches the text of the chosen language, falling back like the cards do', () => {
    expect(ids('korleis', 'nn')).toEqual(['d-001']);
    expect(ids('korleis', 'nb')).toEqual([]);
    expect(ids('openness', 'en')).toEqual(['d-003']);
    // d-001 has no English: the bokmål text stands in, so it is searched too.
    expect(ids('hvordan', 'en')).toEqual(['d-001']);
  });

  it('finds follow-up questions and says so', () => {
    const hits = searchCards([deck], 'eier', 'nb');
    expect(hits.map((h) => [h.card.id, h.matchedIn])).toEqual([['d-002', 'followUp']]);
    expect(searchCards([deck], 'idé', 'nb')[0]?.matchedIn).toBe('text');
  });

  it('finds nothing for an empty query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  ')).toEqual([]);
  });

  it('over the built-in decks: every card is found by its own text, in every language', () => {
    const decks = ['ledelse', 'samspill'].map((id) => load(`cards/${id}.json`));
    for (const lang of ['nb', 'nn', 'en'] as const) {
      for (const d of decks) {
        for (const card of d.cards) {
          const text = card.text[lang]!;
          const hits = searchCards(decks, text.toUpperCase(), lang);
          expect(
            hits.some((h) => h.card.id === card.id),
            `${card.id} ${lang}`,
          ).toBe(true);
        }
      }
    }
  });
});
