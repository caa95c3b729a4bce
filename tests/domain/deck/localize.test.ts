import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localize } from '../../../src/domain/deck/localize.ts';
import { LANGS, type Lang, type LocalizedText } from '../../../src/domain/deck/types.ts';
import { localizedArb } from './support/deck-arbitrary.ts';

describe('localize', () => {
  // [available languages, wanted] → [language shown]; nb is always available.
  const table: [string, Lang, Lang][] = [
    ['nb nn en', 'nb', 'nb'],
    ['nb nn en', 'nn', 'nn'],
    ['nb nn en', 'en', 'en'],
    ['nb', 'nn', 'nb'],
    ['nb', 'en', 'nb'],
    ['nb en', 'nn', 'nb'],
    ['nb nn', 'en', 'nb'],
    ['nb nn', 'nb', 'nb'],
    ['nb en', 'nb', 'nb'],
  ];

  it.each(table)('with %s, wanting %s shows %s', (available, wanted, shown) => {
    const text = Object.fromEntries(
      available.split(' ').map((l) => [l, `text-${l}`]),
    ) as unknown as LocalizedText;
    expect(localize(text, wanted)).toEqual({
      text: `text-${shown}`,
      lang: shown,
      fallback: shown !== wanted,
    });
  });

  it('falls back only when the wanted language is missing, and never invents text', () => {
    fc.assert(
      fc.property(localizedArb, fc.constantFrom(...LANGS), (text, lang) => {
        const result = localize(text, lang);
        expect(result.text).toBe(text[result.lang]);
        expect(result.fallback).toBe(text[lang] === undefined);
      }),
    );
  });
});
