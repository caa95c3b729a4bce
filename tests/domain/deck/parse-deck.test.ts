import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DECK_ISSUE_CODES } from '../../../src/domain/deck/deck-issue.ts';
import { MAX_ISSUES } from '../../../src/domain/deck/map-issues.ts';
import { parseDeck, parseDeckText } from '../../../src/domain/deck/parse-deck.ts';
import { deckArb, toFile } from './support/deck-arbitrary.ts';
import { validDeckFile } from './support/decks.ts';

type Json = Record<string, unknown>;
const cards = (file: Json) => file.cards as Json[];
const issuesOf = (value: unknown) => {
  const result = parseDeck(value);
  return result.ok ? [] : result.issues.map(({ path, code }) => `${code} @ ${path}`);
};

describe('parseDeck', () => {
  it('accepts a valid deck and returns a fresh copy without $schema', () => {
    const file: Json = { $schema: './deck.schema.json', ...validDeckFile() };
    const result = parseDeck(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { type: _type, format: _format, $schema: _schema, ...expected } = file;
    expect(result.deck).toEqual(expected);
    expect(result.deck).not.toHaveProperty('$schema');
    expect(result.deck.cards).not.toBe(file.cards);
    expect(result.deck.cards[0]).not.toBe(cards(file)[0]);
    expect(result.deck.cards[0]!.text).not.toBe(cards(file)[0]!.text);
  });

  it('returns every issue at once, structural and cross-field together', () => {
    const file = validDeckFile();
    file.title = { nb: '', en: 5 };
    file.version = 1.5;
    cards(file)[1]!.id = 'test-001';
    cards(file)[0]!.category = 'nope';
    cards(file)[0]!.extra = 1;
    cards(file)[0]!.more = 2;
    expect(issuesOf(file)).toEqual([
      'integer-range @ version',
      'empty @ title.nb',
      'type @ title.en',
      'unknown-key @ cards[0].extra',
      'unknown-key @ cards[0].more',
      'duplicate-id @ cards[1].id',
      'unknown-category @ cards[0].category',
    ]);
  });

  it('says required for each missing field and type for non-objects', () => {
    expect(issuesOf({})).toEqual(
      ['type', 'format', 'id', 'version', 'title', 'description', 'categories', 'cards'].map(
        (k) => `required @ ${k}`,
      ),
    );
    for (const value of [null, 1, 'deck', [], true, new Date(0), new Map()]) {
      expect(issuesOf(value)).toEqual(['type @ ']);
    }
  });

  it('counts text length in characters after trimming', () => {
    const withText = (nb: string) => {
      const file = validDeckFile();
      cards(file)[0]!.text = { nb };
      return issuesOf(file);
    };
    expect(withText(`  ${'a'.repeat(600)}\n`)).toEqual([]);
    expect(withText('😀'.repeat(600))).toEqual([]);
    expect(withText('😀'.repeat(601))).toEqual(['too-long @ cards[0].text.nb']);
    expect(withText(' \u00a0\ufeff ')).toEqual(['empty @ cards[0].text.nb']);
  });

  it('checks id characters and lengths', () => {
    const withId = (id: unknown) => issuesOf({ ...validDeckFile(), id });
    expect(withId('a-b-0')).toEqual([]);
    expect(withId('')).toEqual(['empty @ id']);
    expect(withId('A')).toEqual(['pattern @ id']);
    expect(withId('a'.repeat(41))).toEqual(['too-long @ id']);
    expect(withId(7)).toEqual(['type @ id']);
  });

  it('only checks categories of cards when every category has an id', () => {
    const file = validDeckFile();
    file.categories = [{ label: { nb: 'Uten id' } }];
    expect(issuesOf(file)).toEqual(['required @ categories[0].id']);
  });

  it('keeps __proto__ and constructor keys out and leaves Object.prototype alone', () => {
    const text = JSON.stringify(validDeckFile()).replace(
      '{',
      '{"__proto__":{"polluted":1},"constructor":{"x":1},',
    );
    const result = parseDeckText(text);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['__proto__', 'constructor']);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('caps the issue list and says so', () => {
    const file = validDeckFile();
    file.cards = Array.from({ length: 500 }, () => ({ id: 'X', category: 'tema', text: { nb: 'x' } }));
    const result = parseDeck(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(MAX_ISSUES + 1);
    expect(result.issues.at(-1)).toEqual({
      path: '',
      code: 'too-many-issues',
      params: { shown: MAX_ISSUES, total: 500 + 499 },
    });
  });

  it('accepts every generated valid deck and returns it unchanged', () => {
    fc.assert(
      fc.property(deckArb, (deck) => {
        const result = parseDeck(JSON.parse(JSON.stringify(toFile(deck))));
        expect(result).toEqual({ ok: true, deck });
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on any value and only uses known codes', () => {
    const known = (value: unknown) => {
      const result = parseDeck(value);
      return (
        result.ok ||
        (result.issues.length > 0 && result.issues.every((i) => DECK_ISSUE_CODES.includes(i.code)))
      );
    };
    const anything = fc.anything({
      withNullPrototype: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
      withDate: true,
      withBigInt: true,
      withObjectString: true,
      key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'nb', 'cards', 'id', 'text')),
    });
    fc.assert(fc.property(anything, known), { numRuns: 1000 });
    fc.assert(fc.property(fc.jsonValue(), known), { numRuns: 1000 });
    // Values shaped like a deck reach the inner schemas too.
    const deckish = fc.record({
      type: fc.constant('kortstokk/deck'),
      format: fc.constant(1),
      id: fc.string(),
      version: fc.jsonValue(),
      title: anything,
      description: fc.jsonValue(),
      categories: fc.array(fc.record({ id: fc.jsonValue(), label: anything }, { requiredKeys: [] })),
      cards: fc.array(anything),
    });
    fc.assert(fc.property(deckish, known), { numRuns: 500 });
  });
});

describe('parseDeckText', () => {
  it('maps input errors to one issue at the root', () => {
    expect(parseDeckText('')).toEqual({ ok: false, issues: [{ path: '', code: 'empty' }] });
    expect(parseDeckText('{')).toMatchObject({ ok: false, issues: [{ path: '', code: 'not-json' }] });
  });

  it('reads bytes and strings alike', () => {
    const text = JSON.stringify(validDeckFile());
    expect(parseDeckText(text)).toEqual(parseDeckText(new TextEncoder().encode(text)));
    expect(parseDeckText(text).ok).toBe(true);
  });
});
