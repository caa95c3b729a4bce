import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { CROSS_FIELD_CODES } from '../../../src/domain/deck/deck-issue.ts';
import { trimmedLength } from '../../../src/domain/deck/deck-schema.ts';
import { parseDeck, parseDeckText } from '../../../src/domain/deck/parse-deck.ts';
import { validateWithJsonSchema } from './support/ajv-deck.ts';
import { corpus, deckFileBytes, deckFiles, fixtureFiles, fixtureJson } from './support/corpus.ts';
import { deckArb, toFile } from './support/deck-arbitrary.ts';
import { deckFileWithCards } from './support/decks.ts';
import { mutationArb, applyMutation } from './support/mutations.ts';

/**
 * parseDeck's structural verdict: true when no issue is structural. Structural issues are listed
 * before cross-field ones, so a capped list of cross-field issues hides no structural one.
 */
function structurallyValid(value: unknown): boolean {
  const result = parseDeck(value);
  return (
    result.ok ||
    result.issues.every((issue) => CROSS_FIELD_CODES.includes(issue.code) || issue.code === 'too-many-issues')
  );
}

describe('cards/*.json pass both validators', () => {
  it('finds the deck files (there may be none yet)', () => {
    expect(Array.isArray(deckFiles)).toBe(true);
  });

  for (const name of deckFiles) {
    it(`${name}: valid for parseDeckText and for deck.schema.json`, () => {
      const bytes = deckFileBytes(name);
      const result = parseDeckText(bytes);
      expect(result.ok ? [] : result.issues).toEqual([]);
      const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
      expect(validateWithJsonSchema(value), JSON.stringify(validateWithJsonSchema.errors)).toBe(true);
    });
  }
});

describe('deck.schema.json and parseDeck agree on structure', () => {
  for (const name of fixtureFiles) {
    const c = corpus[name];
    if (!c || c.stage === 'input') continue;
    it(`${name}: same structural verdict${c.crossFieldOnly ? ' (cross-field fault only)' : ''}`, () => {
      const value = fixtureJson(name);
      const schemaOk = validateWithJsonSchema(value);
      expect(schemaOk).toBe(structurallyValid(value));
      expect(schemaOk).toBe(Boolean(c.valid || c.crossFieldOnly));
      expect(parseDeck(value).ok).toBe(Boolean(c.valid));
    });
  }

  it('agree on the card limit: 2,000 cards pass, 2,001 and the generated 100,000 do not', () => {
    for (const [count, ok] of [
      [2000, true],
      [2001, false],
      [100_000, false],
    ] as const) {
      const value = deckFileWithCards(count);
      expect(validateWithJsonSchema(value)).toBe(ok);
      expect(structurallyValid(value)).toBe(ok);
    }
  });

  it('agree on valid decks and on each of many random damages to one', () => {
    fc.assert(
      fc.property(deckArb, mutationArb, (deck, mutation) => {
        const value = applyMutation(JSON.parse(JSON.stringify(toFile(deck))) as unknown, mutation);
        expect(validateWithJsonSchema(value)).toBe(structurallyValid(value));
      }),
      { numRuns: 1000 },
    );
  }, 60_000); // a generous limit for loaded machines, not a timing assertion
});

describe('the text rule: JSON Schema pattern vs trimmed character count', () => {
  const schema = JSON.parse(
    readFileSync(new URL('../../../cards/deck.schema.json', import.meta.url), 'utf8'),
  ) as {
    $defs: Record<string, { pattern: string }>;
  };
  const cases = [
    ['text', 600],
    ['sourceText', 200],
    ['yearText', 20],
  ] as const;
  const unit = fc.constantFrom(
    'a',
    '😀',
    ' ',
    '\n',
    '\t',
    '\u00a0',
    '\ufeff',
    '\u2028',
    '\u3000',
    '\ud800',
    'æ',
  );

  for (const [def, max] of cases) {
    it(`${def}: the pattern accepts exactly 1..${max} characters after trimming`, () => {
      const pattern = new RegExp(schema.$defs[def]!.pattern, 'u'); // ajv compiles patterns with 'u'
      const around = fc
        .tuple(
          fc.array(unit, { maxLength: 4 }),
          fc.integer({ min: max - 3, max: max + 2 }),
          fc.array(unit, { maxLength: 4 }),
        )
        .map(([before, n, after]) => [...before, 'x'.repeat(Math.max(0, n - 2)), '😀', ...after].join(''));
      const anyText = fc.array(unit, { maxLength: 20 }).map((parts) => parts.join(''));
      fc.assert(
        fc.property(fc.oneof(around, anyText), (s) => {
          expect(pattern.test(s)).toBe(s.trim() !== '' && trimmedLength(s) <= max);
        }),
        { numRuns: 2000 },
      );
    });
  }
});
