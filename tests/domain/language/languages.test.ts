import { describe, expect, it } from 'vitest';
import { isLanguage, matchLanguage } from '../../../src/domain/language/languages.ts';

describe('matchLanguage', () => {
  it.each([
    [['no'], 'nb'],
    [['nb'], 'nb'],
    [['nb-NO'], 'nb'],
    [['no-NO'], 'nb'],
    [['nn'], 'nn'],
    [['nn-NO'], 'nn'],
    [['NN_no'], 'nn'],
    [['en-GB'], 'en'],
    [['de-DE', 'nn-NO', 'nb'], 'nn'],
    [['sv-SE', 'da'], null],
    [[], null],
  ] as const)('%j → %s', (tags, expected) => {
    expect(matchLanguage(tags)).toBe(expected);
  });

  it('accepts only the three UI languages', () => {
    expect(isLanguage('nn')).toBe(true);
    expect(isLanguage('no')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
