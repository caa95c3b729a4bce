import { describe, expect, it } from 'vitest';
import type { DeckIssue } from '../../../src/domain/deck/deck-issue.ts';
import { parseDeck, parseDeckText, type ParseDeckResult } from '../../../src/domain/deck/parse-deck.ts';
import { corpus, fixtureBytes, fixtureFiles, type CorpusCase } from './support/corpus.ts';
import { deckFileWithCards, nestedArrays, oversizeJsonBytes } from './support/decks.ts';

/** Generated cases: too big to commit, built here instead (see expected.json). */
const generated: Record<string, () => ParseDeckResult> = {
  'too-large.json': () => parseDeckText(oversizeJsonBytes()),
  'nesting-10000.json': () => parseDeckText(new TextEncoder().encode(nestedArrays(10_000))),
  'cards-100000.json': () => parseDeck(deckFileWithCards(100_000)),
};

function expectIssues(result: ParseDeckResult, expected: CorpusCase) {
  if (expected.valid) {
    expect(result).toMatchObject({ ok: true });
    return;
  }
  expect(result.ok).toBe(false);
  const issues: DeckIssue[] = result.ok ? [] : result.issues;
  expect(issues.map(({ path, code }) => ({ path, code }))).toEqual(
    (expected.issues ?? []).map(({ path, code }) => ({ path, code })),
  );
  (expected.issues ?? []).forEach((issue, i) => {
    if (issue.params) expect(issues[i]?.params).toMatchObject(issue.params);
  });
}

/** Reads a value from a deck by a path like `cards[0].text.nb`. */
function at(value: unknown, path: string): unknown {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
}

describe('bad-input corpus (tests/fixtures/decks)', () => {
  it('lists every fixture file in expected.json and every committed case has its file', () => {
    const committed = Object.entries(corpus)
      .filter(([, c]) => !c.generated)
      .map(([name]) => name)
      .sort();
    expect(committed).toEqual(fixtureFiles);
    expect(Object.keys(generated).sort()).toEqual(
      Object.entries(corpus)
        .filter(([, c]) => c.generated)
        .map(([name]) => name)
        .sort(),
    );
  });

  for (const name of fixtureFiles) {
    it(`${name}: gives exactly the expected outcome`, () => {
      expectIssues(parseDeckText(fixtureBytes(name)), corpus[name]!);
    });
  }

  for (const [name, make] of Object.entries(generated)) {
    it(`${name} (generated): gives exactly the expected outcome`, () => {
      expectIssues(make(), corpus[name]!);
    });
  }

  it('refuses the 100,000-card deck as a file by its size before reading it', () => {
    const text = JSON.stringify(deckFileWithCards(100_000));
    expect(parseDeckText(text)).toMatchObject({ ok: false, issues: [{ path: '', code: 'too-large' }] });
  });

  it('keeps script-like text byte for byte: it is data, the UI shows it as text', () => {
    for (const [name, c] of Object.entries(corpus)) {
      if (!c.preserved) continue;
      const result = parseDeckText(fixtureBytes(name));
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      for (const [path, text] of Object.entries(c.preserved)) expect(at(result.deck, path)).toBe(text);
    }
  });

  it('leaves Object.prototype untouched after reading the prototype-key fixtures', () => {
    parseDeckText(fixtureBytes('proto-key.json'));
    parseDeckText(fixtureBytes('constructor-key.json'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
