import { describe, expect, it } from 'vitest';
import { filterCards } from '../../../src/domain/deck/filter-cards.ts';
import type { Deck } from '../../../src/domain/deck/types.ts';
import { includedKeys, onlyDeck, setIncluded } from '../../../src/features/decks/selection.ts';

// Two decks that share a category id, so a choice in one must not leak into the other.
const deck = (id: string): Deck => ({
  id,
  version: 1,
  title: { nb: id },
  description: { nb: id },
  categories: [
    { id: 'felles', label: { nb: 'Felles' } },
    { id: `${id}-egen`, label: { nb: 'Egen' } },
  ],
  cards: [
    { id: `${id}-1`, category: 'felles', text: { nb: '1' } },
    { id: `${id}-2`, category: `${id}-egen`, text: { nb: '2' } },
  ],
});
const decks = [deck('a'), deck('b')];
const refs = (excluded: ReadonlySet<string>) =>
  filterCards(decks, { categoryIds: includedKeys(decks, excluded) });

describe('draw selection', () => {
  it('starts with everything, including decks added later', () => {
    expect(refs(new Set())).toEqual(['a/a-1', 'a/a-2', 'b/b-1', 'b/b-2']);
  });

  it('switches one category of one deck off and on again, even when another deck shares its id', () => {
    const off = setIncluded(new Set(), ['a/felles'], false);
    expect(refs(off)).toEqual(['a/a-2', 'b/b-1', 'b/b-2']);
    expect(refs(setIncluded(off, ['a/felles'], true))).toHaveLength(4);
  });

  it('can choose nothing', () => {
    const all = ['a/felles', 'a/a-egen', 'b/felles', 'b/b-egen'];
    expect(refs(setIncluded(new Set(), all, false))).toEqual([]);
  });

  it('narrows to one deck for «draw from this deck», and ignores unknown ids', () => {
    expect(refs(onlyDeck(decks, 'b'))).toEqual(['b/b-1', 'b/b-2']);
    expect(refs(onlyDeck(decks, 'finnes-ikke'))).toHaveLength(4);
    expect(refs(onlyDeck(decks, null))).toHaveLength(4);
  });
});
