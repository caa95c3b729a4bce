import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck/types.ts';
import { chosenCards, deckKeys, setIncluded } from '../../../src/features/solo/choice.ts';

const deck = (id: string, categories: string[]): Deck => ({
  id,
  version: 1,
  title: { nb: id },
  description: { nb: id },
  categories: categories.map((c) => ({ id: c, label: { nb: c } })),
  cards: categories.map((c, i) => ({ id: `${id}-${i}`, category: c, text: { nb: `${c}?` } })),
});

const DECKS = [deck('ledelse', ['roller', 'tid']), deck('framtid', ['roller'])];

describe('choosing cards', () => {
  it('takes every card unless a category is switched off, per deck', () => {
    expect(chosenCards(DECKS, [])).toEqual(['ledelse/ledelse-0', 'ledelse/ledelse-1', 'framtid/framtid-0']);
    expect(chosenCards(DECKS, ['ledelse/roller'])).toEqual(['ledelse/ledelse-1', 'framtid/framtid-0']);
    expect(chosenCards(DECKS, deckKeys(DECKS[0]!))).toEqual(['framtid/framtid-0']);
  });

  it('leaves out cards the device has set aside', () => {
    expect(chosenCards(DECKS, [], ['ledelse/ledelse-1'])).toEqual(['ledelse/ledelse-0', 'framtid/framtid-0']);
  });

  it('takes, for one audience, its cards and the cards for everyone, with the categories still applying', () => {
    const withAudience: Deck = {
      ...DECKS[0]!,
      cards: [
        { id: 'for-all', category: 'roller', text: { nb: '?' } },
        { id: 'for-reps', category: 'roller', text: { nb: '?' }, audience: ['union-reps'] },
        { id: 'for-leaders', category: 'tid', text: { nb: '?' }, audience: ['leaders'] },
      ],
    };
    expect(chosenCards([withAudience], [], [], 'union-reps')).toEqual([
      'ledelse/for-all',
      'ledelse/for-reps',
    ]);
    expect(chosenCards([withAudience], ['ledelse/roller'], [], 'leaders')).toEqual(['ledelse/for-leaders']);
    expect(chosenCards([withAudience], [], ['ledelse/for-all'], null)).toEqual([
      'ledelse/for-reps',
      'ledelse/for-leaders',
    ]);
  });

  it('switches keys on and off without touching the others', () => {
    const off = setIncluded(['a/x'], ['b/y', 'c/z'], false);
    expect(off.sort()).toEqual(['a/x', 'b/y', 'c/z']);
    expect(setIncluded(off, ['b/y'], true).sort()).toEqual(['a/x', 'c/z']);
  });
});
