import { describe, expect, it } from 'vitest';
import { AUDIENCES, isAudience } from '../../../src/domain/deck/audience.ts';
import { describedSource } from '../../../src/domain/deck/card-source.ts';
import { parseDeck } from '../../../src/domain/deck/parse-deck.ts';
import { deckToJson } from '../../../src/domain/deck/serialize-deck.ts';
import { validDeckFile } from './support/decks.ts';

type Json = Record<string, unknown>;
const cards = (file: Json) => file.cards as Json[];
const issuesOf = (value: unknown) => {
  const result = parseDeck(value);
  return result.ok ? [] : result.issues.map(({ path, code }) => `${code} @ ${path}`);
};
const parsed = (value: unknown) => {
  const result = parseDeck(value);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.deck;
};

const hefte = { id: 'hefte', title: { nb: 'Skodd for framtida' }, by: 'KS', where: { nb: 'KS, ks.no' } };

describe('described sources', () => {
  it('lets a card name a described source by id, and finds it again for the reader', () => {
    const file = { ...validDeckFile(), sources: [hefte] };
    cards(file)[0]!.source = { doc: 'hefte', section: 'Forord' };
    const deck = parsed(file);
    expect(deck.sources).toEqual([hefte]);
    expect(describedSource(deck, deck.cards[0]!)).toEqual({ doc: hefte, section: 'Forord' });
    expect(describedSource(deck, deck.cards[1]!)).toBeNull();
  });

  it('refuses a card source that names no described source, at the doc', () => {
    const file = { ...validDeckFile(), sources: [hefte] };
    cards(file)[1]!.source = { doc: 'hefet', section: 'Forord' };
    expect(issuesOf(file)).toEqual(['unknown-source @ cards[1].source.doc']);
  });

  it('reads a deck written before described sources: each file becomes one described source', () => {
    const file = validDeckFile();
    cards(file)[0]!.source = { file: '001_ddc4ff9bdc8f37fc.txt', section: 'Forord' };
    cards(file)[1]!.source = { file: '001_ddc4ff9bdc8f37fc.txt', section: 'Demografi' };
    const deck = parsed(file);
    expect(deck.sources).toEqual([
      { id: '001-ddc4ff9bdc8f37fc-txt', title: { nb: '001_ddc4ff9bdc8f37fc.txt' } },
    ]);
    expect(deck.cards.map((c) => c.source)).toEqual([
      { doc: '001-ddc4ff9bdc8f37fc-txt', section: 'Forord' },
      { doc: '001-ddc4ff9bdc8f37fc-txt', section: 'Demografi' },
    ]);
    // Written back in the described form, which reads back the same.
    const again = JSON.parse(deckToJson(deck)) as Json;
    expect(cards(again)[0]!.source).toEqual({ doc: '001-ddc4ff9bdc8f37fc-txt', section: 'Forord' });
    expect(parsed(again)).toEqual(deck);
  });

  it('gives a legacy file an id no described source of the deck already has', () => {
    const file = { ...validDeckFile(), sources: [{ id: 'notes-txt', title: { nb: 'Notater' } }] };
    cards(file)[0]!.source = { doc: 'notes-txt', section: 'A' };
    cards(file)[1]!.source = { file: 'Notes.txt', section: 'B' };
    const deck = parsed(file);
    expect(deck.sources?.map((s) => s.id)).toEqual(['notes-txt', 'notes-txt-2']);
    expect(deck.cards[1]!.source).toEqual({ doc: 'notes-txt-2', section: 'B' });
  });

  it('wants exactly one of doc and file', () => {
    const file = { ...validDeckFile(), sources: [hefte] };
    cards(file)[0]!.source = { doc: 'hefte', file: 'x.txt', section: 'A' };
    cards(file)[1]!.source = { section: 'A' };
    expect(issuesOf(file)).toEqual(['unknown-key @ cards[0].source.file', 'required @ cards[1].source.doc']);
  });
});

describe('audience', () => {
  it('is the fixed list the UI filters on', () => {
    expect(AUDIENCES).toEqual(['leaders', 'employees', 'union-reps', 'elected-members']);
    expect(isAudience('union-reps')).toBe(true);
    expect(isAudience('politicians')).toBe(false);
  });

  it('accepts any non-empty set of the known values and keeps their order', () => {
    const file = validDeckFile();
    cards(file)[0]!.audience = ['elected-members', 'leaders'];
    cards(file)[1]!.audience = [...AUDIENCES];
    const deck = parsed(file);
    expect(deck.cards.map((c) => c.audience)).toEqual([['elected-members', 'leaders'], [...AUDIENCES]]);
  });

  it('refuses an unknown value, an empty list, a repeat and a non-list, each at its place', () => {
    const file = validDeckFile();
    cards(file)[0]!.audience = ['leaders', 'politicians', 'leaders'];
    cards(file)[1]!.audience = [];
    expect(issuesOf(file)).toEqual([
      'pattern @ cards[0].audience[1]',
      'duplicate-value @ cards[0].audience[2]',
      'empty @ cards[1].audience',
    ]);
    cards(file)[0]!.audience = 'leaders';
    cards(file)[1]!.audience = ['Leaders'];
    expect(issuesOf(file)).toEqual(['type @ cards[0].audience', 'pattern @ cards[1].audience[0]']);
  });
});
