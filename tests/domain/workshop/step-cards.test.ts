import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck/types.ts';
import { createStep } from '../../../src/domain/workshop/create-step.ts';
import type { ExerciseFormat } from '../../../src/domain/workshop/exercise-formats.ts';
import type { Step, StepCards } from '../../../src/domain/workshop/run-sheet-types.ts';
import { missingCardRefs, resolveStepCards } from '../../../src/domain/workshop/step-cards.ts';

const deck = (id: string, cards: [string, string, boolean?][]): Deck => ({
  id,
  version: 1,
  title: { nb: id },
  description: { nb: id },
  categories: [...new Set(cards.map(([, c]) => c))].map((c) => ({ id: c, label: { nb: c } })),
  cards: cards.map(([cardId, category, flip]) => ({
    id: cardId,
    category,
    text: { nb: cardId },
    ...(flip ? { flip } : {}),
  })),
});

const decks = [
  deck('a', [
    ['a-001', 'x'],
    ['a-002', 'y'],
    ['a-003', 'x', true],
  ]),
  deck('b', [
    ['b-001', 'x'],
    ['b-002', 'z'],
  ]),
];

const step = (cards: Partial<StepCards>, format: ExerciseFormat = 'group-work'): Step => ({
  ...createStep(format, () => 's'),
  cards: { deckIds: [], categoryIds: [], cardRefs: [], ...cards },
});

describe('resolveStepCards', () => {
  it('narrows the filters to the step’s audience, keeping cards for everyone, but never hand-picked cards', () => {
    const forAudience: Deck = {
      ...deck('c', [
        ['c-all', 'x'],
        ['c-lead', 'x'],
        ['c-rep', 'x'],
      ]),
    };
    const decksWith = [
      {
        ...forAudience,
        cards: forAudience.cards.map((card) =>
          card.id === 'c-lead'
            ? { ...card, audience: ['leaders' as const] }
            : card.id === 'c-rep'
              ? { ...card, audience: ['union-reps' as const] }
              : card,
        ),
      },
    ];
    expect(resolveStepCards(step({ deckIds: ['c'], audience: 'leaders' }), decksWith)).toEqual([
      'c/c-all',
      'c/c-lead',
    ]);
    expect(resolveStepCards(step({ deckIds: ['c'] }), decksWith)).toHaveLength(3);
    expect(resolveStepCards(step({ cardRefs: ['c/c-rep'], audience: 'leaders' }), decksWith)).toEqual([
      'c/c-rep',
    ]);
  });

  it('uses hand-picked refs over the filters, once each, skipping unknown ones', () => {
    const s = step({ deckIds: ['b'], cardRefs: ['a/a-002', 'a/a-001', 'a/a-002', 'c/c-001'] });
    expect(resolveStepCards(s, decks)).toEqual(['a/a-002', 'a/a-001']);
    expect(missingCardRefs(s, decks)).toEqual(['c/c-001']);
  });

  it('filters by deck and by category (plain or deck-scoped)', () => {
    expect(resolveStepCards(step({ deckIds: ['b'] }), decks)).toEqual(['b/b-001', 'b/b-002']);
    expect(resolveStepCards(step({ categoryIds: ['x'] }), decks)).toEqual(['a/a-001', 'a/a-003', 'b/b-001']);
    expect(resolveStepCards(step({ categoryIds: ['b/x'] }), decks)).toEqual(['b/b-001']);
    expect(resolveStepCards(step({ deckIds: ['a'], categoryIds: ['x'] }), decks)).toEqual([
      'a/a-001',
      'a/a-003',
    ]);
  });

  it('gives no cards when nothing is selected (a plenary)', () => {
    expect(resolveStepCards(step({}, 'plenary'), decks)).toEqual([]);
  });

  it('keeps only flip cards in a flip step when the selection has any', () => {
    expect(resolveStepCards(step({ deckIds: ['a'] }, 'flip'), decks)).toEqual(['a/a-003']);
    expect(resolveStepCards(step({ deckIds: ['b'] }, 'flip'), decks)).toEqual(['b/b-001', 'b/b-002']);
  });
});
