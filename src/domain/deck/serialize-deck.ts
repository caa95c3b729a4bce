import { copyDeck } from './copy-deck.ts';
import { DECK_FORMAT, DECK_TYPE } from './deck-limits.ts';
import type { Deck } from './types.ts';

/** Writes a deck as pretty JSON (2-space indent, trailing newline) that parseDeck reads back equal. */
export function deckToJson(deck: Deck): string {
  const { id, version, title, description, sources, categories, cards } = copyDeck(deck);
  const file = {
    type: DECK_TYPE,
    format: DECK_FORMAT,
    id,
    version,
    title,
    description,
    sources,
    categories,
    cards,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
