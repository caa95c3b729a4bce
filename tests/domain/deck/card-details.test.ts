import { describe, expect, it } from 'vitest';
import { hasCardDetails } from '../../../src/domain/deck/card-details.ts';
import type { Card } from '../../../src/domain/deck/types.ts';

// The presenter lists beside the stage the cards that have something more to say: a card whose
// only detail is its source or its audience counts too.
const card = (extra: Partial<Card> = {}): Card => ({
  id: 'c',
  category: 'x',
  text: { nb: 'Hva?' },
  ...extra,
});
const deck = { sources: [{ id: 'hefte', title: { nb: 'Skodd for framtida' } }] } as const;

describe('a card with details', () => {
  it('has follow-ups, a hint, an audience or a source the deck describes', () => {
    expect(hasCardDetails(deck, card())).toBe(false);
    expect(hasCardDetails(deck, card({ followUps: [{ nb: 'Og så?' }] }))).toBe(true);
    expect(hasCardDetails(deck, card({ followUps: [] }))).toBe(false);
    expect(hasCardDetails(deck, card({ hint: { nb: 'Tips' } }))).toBe(true);
    expect(hasCardDetails(deck, card({ audience: ['leaders'] }))).toBe(true);
    expect(hasCardDetails(deck, card({ source: { doc: 'hefte', section: 'Forord' } }))).toBe(true);
    // A source the deck does not describe is not shown, so it is no detail.
    expect(hasCardDetails(deck, card({ source: { doc: 'ukjent', section: 'Forord' } }))).toBe(false);
  });
});
