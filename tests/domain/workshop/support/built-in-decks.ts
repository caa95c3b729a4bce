import { readdirSync, readFileSync } from 'node:fs';
import { parseDeckText } from '../../../../src/domain/deck/parse-deck.ts';
import type { Deck } from '../../../../src/domain/deck/types.ts';

const cardsDir = new URL('../../../../cards/', import.meta.url);

/** The valid decks in cards/ right now, by deck id (a deck being written may be missing). */
export function builtInDecks(): Map<string, Deck> {
  const decks = new Map<string, Deck>();
  for (const name of readdirSync(cardsDir)) {
    if (!name.endsWith('.json') || name === 'deck.schema.json') continue;
    const result = parseDeckText(new Uint8Array(readFileSync(new URL(name, cardsDir))));
    if (result.ok) decks.set(result.deck.id, result.deck);
  }
  return decks;
}
