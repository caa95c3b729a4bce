import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, normalizeWord, stopWordSet, tokenize } from '../../../src/domain/notes/word-counts.ts';
import { wordSizes } from '../../../src/domain/notes/word-sizes.ts';

const STOP = stopWordSet(['og', 'i', 'er', 'ikkje', 'ikke', 'the', 'and', "don't"]);

describe('tokenize', () => {
  it('lower-cases, keeps æ, ø and å, and drops punctuation and digits', () => {
    expect(tokenize('Ærlig talt: MØTER på Åsen, 3 ganger! «Tid»?')).toEqual([
      'ærlig',
      'talt',
      'møter',
      'på',
      'åsen',
      'ganger',
      'tid',
    ]);
  });

  it('keeps inner apostrophes and hyphens, and composes decomposed letters', () => {
    expect(tokenize("I don’t read e-post -- 'ever'")).toEqual(['i', "don't", 'read', 'e-post', 'ever']);
    expect(tokenize('ga\u030ar')).toEqual(['går']);
  });
});

describe('countWords', () => {
  it('counts words across notes, most frequent first, ties alphabetically, stop words left out', () => {
    const counts = countWords(
      ['Tid og tillit er viktig.', 'Vi trenger TID, ikke møter.', 'Tillit i teamet; tid!', "I don't know"],
      STOP,
    );
    expect(counts.slice(0, 2)).toEqual([
      { word: 'tid', count: 3 },
      { word: 'tillit', count: 2 },
    ]);
    expect(counts.map((c) => c.word)).toEqual([
      'tid',
      'tillit',
      'know',
      'møter',
      'teamet',
      'trenger',
      'vi',
      'viktig',
    ]);
  });

  it('leaves out words shorter than minLength and keeps at most limit words', () => {
    expect(countWords(['å x ja ja nei'], new Set())).toEqual([
      { word: 'ja', count: 2 },
      { word: 'nei', count: 1 },
    ]);
    expect(countWords(['å x ja ja nei'], new Set(), { minLength: 1, limit: 2 })).toEqual([
      { word: 'ja', count: 2 },
      { word: 'nei', count: 1 },
    ]);
    expect(countWords(['å å x'], new Set(), { minLength: 1 })).toEqual([
      { word: 'å', count: 2 },
      { word: 'x', count: 1 },
    ]);
  });

  it('matches stop words whatever their case or apostrophe in the list', () => {
    expect(countWords(['DON’T Stop'], stopWordSet(["Don't"]))).toEqual([{ word: 'stop', count: 1 }]);
  });

  const text = fc.array(
    fc.oneof(
      fc.constantFrom(
        'og',
        'Og',
        'OG',
        'ikkje',
        'The',
        'tid',
        'Tid',
        'tillit',
        'møte',
        'Æsj',
        "don't",
        'e-post',
      ),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom(' ', ', ', '. ', '\n', '!', '-', '’', '3'),
    ),
    { maxLength: 40 },
  );
  const notes = fc.array(
    text.map((parts) => parts.join('')),
    { maxLength: 6 },
  );

  it('never counts a stop word, and counts no more words than went in', () => {
    fc.assert(
      fc.property(notes, fc.integer({ min: 1, max: 4 }), (texts, minLength) => {
        const counts = countWords(texts, STOP, { minLength });
        const words = texts.flatMap(tokenize);
        for (const { word } of counts) expect(STOP.has(word)).toBe(false);
        expect(counts.reduce((sum, c) => sum + c.count, 0)).toBeLessThanOrEqual(words.length);
      }),
    );
  });

  it('never counts a word of any stop list, whatever its case in the list', () => {
    const listed = fc.array(
      fc.oneof(
        fc.constantFrom('OG', 'Tid', 'tillit', 'MØTE', 'Don’t', 'e-post'),
        fc.string({ unit: 'grapheme', maxLength: 6 }),
      ),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(notes, listed, (texts, list) => {
        const stop = stopWordSet(list);
        const counts = countWords(texts, stop, { minLength: 1 });
        for (const { word } of counts) {
          expect(stop.has(word)).toBe(false);
          expect(list.map(normalizeWord)).not.toContain(word);
        }
        expect(counts.reduce((sum, c) => sum + c.count, 0)).toBeLessThanOrEqual(
          texts.flatMap(tokenize).length,
        );
      }),
    );
  });

  it('counts each word it keeps exactly as often as it occurs', () => {
    fc.assert(
      fc.property(notes, (texts) => {
        const words = texts.flatMap(tokenize);
        for (const { word, count } of countWords(texts, STOP)) {
          expect(count).toBe(words.filter((w) => w === word).length);
        }
        // And none is left out that should be in.
        const kept = new Set(countWords(texts, STOP).map((c) => c.word));
        for (const word of words) {
          if (!STOP.has(word) && [...word].length >= 2) expect(kept.has(word)).toBe(true);
        }
      }),
    );
  });
});

describe('wordSizes', () => {
  it('gives the most frequent word the largest size and a word met once the smallest', () => {
    const sized = wordSizes(
      [
        { word: 'tid', count: 9 },
        { word: 'tillit', count: 4 },
        { word: 'møte', count: 1 },
      ],
      20,
      80,
    );
    expect(sized.map((w) => w.size)).toEqual([80, 50, 20]);
  });

  it('draws words that were all met once in the middle size', () => {
    expect(wordSizes([{ word: 'tid', count: 1 }], 20, 80)).toEqual([{ word: 'tid', count: 1, size: 50 }]);
    expect(wordSizes([], 20, 80)).toEqual([]);
  });
});
