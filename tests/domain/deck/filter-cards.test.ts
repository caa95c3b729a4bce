import { describe, expect, it } from 'vitest';
import { cardRef, parseCardRef } from '../../../src/domain/deck/card-ref.ts';
import { filterCards } from '../../../src/domain/deck/filter-cards.ts';
import type { Deck } from '../../../src/domain/deck/types.ts';

const deck = (id: string, cards: [string, string][]): Deck => ({
  id,
  version: 1,
  title: { nb: id },
  description: { nb: id },
  categories: [...new Set(cards.map(([, c]) => c))].map((c) => ({ id: c, label: { nb: c } })),
  cards: cards.map(([cardId, category]) => ({ id: cardId, category, text: { nb: cardId } })),
});

const decks = [
  deck('a', [
    ['a-001', 'x'],
    ['a-002', 'y'],
  ]),
  deck('b', [
    ['b-001', 'x'],
    ['b-002', 'z'],
  ]),
];

describe('filterCards', () => {
  it('takes everything when no list is given, in deck then card order', () => {
    expect(filterCards(decks, {})).toEqual(['a/a-001', 'a/a-002', 'b/b-001', 'b/b-002']);
  });

  it('treats an empty list as none', () => {
    expect(filterCards(decks, { deckIds: [] })).toEqual([]);
    expect(filterCards(decks, { categoryIds: [] })).toEqual([]);
  });

  it('filters by deck and by category, bare or scoped to one deck', () => {
    expect(filterCards(decks, { deckIds: ['b'] })).toEqual(['b/b-001', 'b/b-002']);
    expect(filterCards(decks, { categoryIds: ['x'] })).toEqual(['a/a-001', 'b/b-001']);
    expect(filterCards(decks, { categoryIds: ['b/x'] })).toEqual(['b/b-001']);
    expect(filterCards(decks, { deckIds: ['a'], categoryIds: ['x', 'z'] })).toEqual(['a/a-001']);
  });
});

describe('card refs', () => {
  it('build and split deck/card references', () => {
    expect(cardRef('framtid', 'framtid-001')).toBe('framtid/framtid-001');
    expect(parseCardRef('framtid/framtid-001')).toEqual({ deckId: 'framtid', cardId: 'framtid-001' });
    for (const bad of ['', 'a', '/a', 'a/', 'a/b/c']) expect(parseCardRef(bad)).toBeNull();
  });
});
