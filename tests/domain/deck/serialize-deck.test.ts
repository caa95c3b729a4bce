import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDeck, parseDeckText } from '../../../src/domain/deck/parse-deck.ts';
import { deckToJson } from '../../../src/domain/deck/serialize-deck.ts';
import type { Deck } from '../../../src/domain/deck/types.ts';
import { deckArb } from './support/deck-arbitrary.ts';
import { validDeckFile } from './support/decks.ts';

describe('deckToJson', () => {
  it('round-trips every valid deck through parseDeckText', () => {
    fc.assert(
      fc.property(deckArb, (deck) => {
        expect(parseDeckText(deckToJson(deck))).toEqual({ ok: true, deck });
      }),
      { numRuns: 200 },
    );
  });

  it('writes the type tag and format first, pretty-printed, and nothing extra', () => {
    const parsed = parseDeck(validDeckFile());
    if (!parsed.ok) throw new Error('fixture deck should be valid');
    const withExtra = {
      ...parsed.deck,
      secret: 'x',
      cards: [{ ...parsed.deck.cards[0]!, notes: 'y' }],
    } as unknown as Deck;
    const json = deckToJson(withExtra);
    expect(json.startsWith('{\n  "type": "kortstokk/deck",\n  "format": 1,\n  "id": "test",')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).not.toContain('secret');
    expect(json).not.toContain('notes');
  });
});
