import { readdirSync, readFileSync } from 'node:fs';
import { parseDeckText } from '../../../src/domain/deck/parse-deck.ts';
import type { Deck } from '../../../src/domain/deck/types.ts';

/** Test helper: the built-in decks from cards/, through the app's own validator. */
export function loadCardDecks(): Deck[] {
  return readdirSync('cards')
    .filter((f) => f.endsWith('.json') && f !== 'deck.schema.json')
    .sort()
    .map((f) => {
      const result = parseDeckText(readFileSync(`cards/${f}`, 'utf8'));
      if (!result.ok) throw new Error(`cards/${f} does not validate`);
      return result.deck;
    });
}
