import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIENCES, type Audience } from '../../../src/domain/deck/audience.ts';
import {
  decksFor,
  isCardFor,
  readAudienceChoice,
  refsFor,
} from '../../../src/domain/deck/audience-filter.ts';
import type { CardRef } from '../../../src/domain/deck/card-ref.ts';
import type { Card, Deck } from '../../../src/domain/deck/types.ts';

const card = (id: string, audience?: Audience[]): Card => ({
  id,
  category: 'c',
  text: { nb: id },
  ...(audience ? { audience } : {}),
});

const deck: Deck = {
  id: 'd',
  version: 1,
  title: { nb: 'd' },
  description: { nb: 'd' },
  categories: [{ id: 'c', label: { nb: 'c' } }],
  cards: [
    card('anyone'),
    card('leaders', ['leaders']),
    card('reps-and-members', ['union-reps', 'elected-members']),
    card('employees', ['employees']),
  ],
};
const refs: CardRef[] = ['d/anyone', 'd/leaders', 'd/reps-and-members', 'd/employees'];

describe('isCardFor', () => {
  it('lets a card without an audience through every choice', () => {
    for (const audience of [null, ...AUDIENCES]) expect(isCardFor(card('x'), audience)).toBe(true);
  });

  it('lets a card with an audience through only for that audience, or for everyone', () => {
    const c = card('x', ['union-reps', 'elected-members']);
    expect(isCardFor(c, null)).toBe(true);
    expect(isCardFor(c, 'union-reps')).toBe(true);
    expect(isCardFor(c, 'elected-members')).toBe(true);
    expect(isCardFor(c, 'leaders')).toBe(false);
    expect(isCardFor(c, 'employees')).toBe(false);
  });
});

describe('refsFor', () => {
  it('keeps everything, in order, when the choice is everyone', () => {
    expect(refsFor([deck], refs, null)).toEqual(refs);
  });

  it('keeps the audience’s cards and the cards for everyone, in the order given', () => {
    expect(refsFor([deck], refs, 'leaders')).toEqual(['d/anyone', 'd/leaders']);
    expect(refsFor([deck], [...refs].reverse(), 'elected-members')).toEqual([
      'd/reps-and-members',
      'd/anyone',
    ]);
  });

  it('keeps a ref to a card it cannot find (existence is checked elsewhere)', () => {
    expect(refsFor([deck], ['x/gone', 'd/leaders'], 'employees')).toEqual(['x/gone']);
  });

  it('only ever narrows: every ref kept was given, and every card for everyone stays', () => {
    fc.assert(
      fc.property(fc.subarray(refs), fc.constantFrom(null, ...AUDIENCES), (given, audience) => {
        const kept = refsFor([deck], given, audience);
        expect(given).toEqual(expect.arrayContaining(kept));
        if (given.includes('d/anyone')) expect(kept).toContain('d/anyone');
      }),
    );
  });
});

describe('readAudienceChoice', () => {
  it('reads a known audience and takes anything else as everyone', () => {
    expect(readAudienceChoice('union-reps')).toBe('union-reps');
    for (const bad of [undefined, null, '', 'LEADERS', 'leaders ', 3, ['leaders'], {}])
      expect(readAudienceChoice(bad)).toBeNull();
  });
});

describe('decksFor', () => {
  it('gives the very same decks for everyone', () => {
    const decks = [deck];
    expect(decksFor(decks, null)).toBe(decks);
  });

  it('keeps each deck with only the cards for the audience, and leaves the deck itself alone', () => {
    const [narrowed] = decksFor([deck], 'union-reps');
    expect(narrowed?.cards.map((c) => c.id)).toEqual(['anyone', 'reps-and-members']);
    expect(narrowed?.categories).toBe(deck.categories);
    expect(deck.cards).toHaveLength(4);
  });
});
