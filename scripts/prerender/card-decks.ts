import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeckText } from '../../src/domain/deck/parse-deck.ts';
import type { Deck } from '../../src/domain/deck/types.ts';

/** The built-in decks from cards/, through the app's own validator (the build and the tests). */
export function loadCardDecks(dir = 'cards'): Deck[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'deck.schema.json')
    .sort()
    .map((f) => {
      const result = parseDeckText(readFileSync(join(dir, f), 'utf8'));
      if (!result.ok) throw new Error(`${dir}/${f} does not validate`);
      return result.deck;
    });
}
