import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck/types.ts';
import { resolveStepCards } from '../../../src/domain/workshop/step-cards.ts';
import { createStep } from '../../../src/domain/workshop/create-step.ts';
import type { Step, StepCards } from '../../../src/domain/workshop/run-sheet-types.ts';
import {
  cardModeOf,
  filterCardsOf,
  filterSelectionOf,
  toggleCategory,
  toggleDeck,
  type FilterSelection,
} from '../../../src/features/workshop/card-selection.ts';

const deck = (id: string, categories: string[], perCategory = 2): Deck => ({
  id,
  version: 1,
  title: { nb: id },
  description: { nb: id },
  categories: categories.map((c) => ({ id: c, label: { nb: c } })),
  cards: categories.flatMap((c) =>
    Array.from({ length: perCategory }, (_, i) => ({
      id: `${c}-${i}`,
      category: c,
      text: { nb: `${c} ${i}` },
    })),
  ),
});

// Two decks share the category id «felles»: the selection must keep them apart.
const DECKS = [deck('a', ['x', 'y', 'felles']), deck('b', ['felles', 'z'])];
const NONE: StepCards = { deckIds: [], categoryIds: [], cardRefs: [] };
const stepWith = (cards: StepCards): Step => ({ ...createStep('silent', () => 's'), cards });

describe('cardModeOf', () => {
  it('prefers picked cards, then filters, else none', () => {
    expect(cardModeOf(NONE)).toBe('none');
    expect(cardModeOf({ ...NONE, deckIds: ['a'] })).toBe('filter');
    expect(cardModeOf({ ...NONE, categoryIds: ['x'] })).toBe('filter');
    expect(cardModeOf({ deckIds: ['a'], categoryIds: [], cardRefs: ['a/x-0'] })).toBe('picked');
  });
});

describe('filterSelectionOf', () => {
  it('reads whole decks, deck-qualified and bare categories the way filterCards does', () => {
    expect(filterSelectionOf({ ...NONE, deckIds: ['a'] }, DECKS)).toEqual(
      new Map([['a', new Set(['x', 'y', 'felles'])]]),
    );
    expect(
      filterSelectionOf({ ...NONE, deckIds: ['a', 'b'], categoryIds: ['a/x', 'felles'] }, DECKS),
    ).toEqual(
      new Map([
        ['a', new Set(['x', 'felles'])],
        ['b', new Set(['felles'])],
      ]),
    );
    expect(filterSelectionOf({ ...NONE, categoryIds: ['z'] }, DECKS)).toEqual(
      new Map([['b', new Set(['z'])]]),
    );
  });
});

describe('filterCardsOf', () => {
  it('writes whole decks without a category list', () => {
    const selection = toggleDeck(new Map(), DECKS[0]!, true);
    expect(filterCardsOf(selection, DECKS, NONE)).toEqual({ deckIds: ['a'], categoryIds: [] });
  });

  it('names every category with its deck as soon as one deck is partial', () => {
    let selection: FilterSelection = toggleDeck(new Map(), DECKS[0]!, true);
    selection = toggleDeck(selection, DECKS[1]!, true);
    selection = toggleCategory(selection, 'b', 'felles', false);
    expect(filterCardsOf(selection, DECKS, NONE)).toEqual({
      deckIds: ['a', 'b'],
      categoryIds: ['a/x', 'a/y', 'a/felles', 'b/z'],
    });
  });

  it('leaves out a deck whose last category is unticked', () => {
    const selection = toggleCategory(new Map([['b', new Set(['z'])]]), 'b', 'z', false);
    expect(filterCardsOf(selection, DECKS, NONE)).toEqual({ deckIds: [], categoryIds: [] });
  });

  it('keeps decks this device does not have', () => {
    const previous = { ...NONE, deckIds: ['a', 'missing'], categoryIds: ['a/x', 'missing/q'] };
    const selection = toggleCategory(filterSelectionOf(previous, DECKS), 'a', 'y', true);
    expect(filterCardsOf(selection, DECKS, previous)).toEqual({
      deckIds: ['a', 'missing'],
      categoryIds: ['a/x', 'a/y', 'missing/q'],
    });
  });

  it('selects exactly the cards the boxes show, for any choice of boxes', () => {
    const boxes = DECKS.flatMap((d) => d.categories.map((c) => [d.id, c.id] as const));
    fc.assert(
      fc.property(fc.subarray(boxes), (ticked) => {
        let selection: FilterSelection = new Map();
        for (const [d, c] of ticked) selection = toggleCategory(selection, d, c, true);
        const cards = { ...NONE, ...filterCardsOf(selection, DECKS, NONE) };
        const expected = DECKS.flatMap((d) =>
          d.cards
            .filter((card) => selection.get(d.id)?.has(card.category))
            .map((card) => `${d.id}/${card.id}`),
        );
        expect(resolveStepCards(stepWith(cards), DECKS)).toEqual(expected);
        expect(filterSelectionOf(cards, DECKS)).toEqual(selection);
      }),
    );
  });
});
