import { describe, expect, it } from 'vitest';
import { parseDeckText } from '../../../src/domain/deck/parse-deck.ts';
import type { Deck, LocalizedText } from '../../../src/domain/deck/types.ts';
import { deckFileBytes, deckFiles } from './support/corpus.ts';

// Rules for the decks shipped in cards/ on top of what any imported deck must meet
// (cards/README.md, DESIGN.md §2). Runs over whatever deck files exist, none included.

const decks = deckFiles.flatMap((name) => {
  const result = parseDeckText(deckFileBytes(name));
  return result.ok ? [{ name, deck: result.deck }] : [];
});

/** Every localized text of a deck with a readable place name. */
function texts(deck: Deck): [string, LocalizedText][] {
  const out: [string, LocalizedText][] = [
    ['title', deck.title],
    ['description', deck.description],
  ];
  deck.categories.forEach((c, i) => out.push([`categories[${i}].label`, c.label]));
  deck.cards.forEach((card, i) => {
    out.push([`cards[${i}].text`, card.text]);
    card.followUps?.forEach((f, j) => out.push([`cards[${i}].followUps[${j}]`, f]));
    if (card.hint) out.push([`cards[${i}].hint`, card.hint]);
  });
  return out;
}

describe('built-in decks (cards/*.json)', () => {
  it('every deck file is valid (details in schema-agreement.test.ts)', () => {
    expect(decks.map((d) => d.name)).toEqual(deckFiles);
  });

  it('deck ids are unique across files', () => {
    const ids = decks.map((d) => d.deck.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const { name, deck } of decks) {
    it(`${name}: every text has nb, nn and en`, () => {
      const missing = texts(deck)
        .filter(([, t]) => t.nn === undefined || t.en === undefined)
        .map(([place]) => place);
      expect(missing).toEqual([]);
    });

    it(`${name}: every card names its source and follows the id scheme <deck-id>-<3 digits>`, () => {
      const idScheme = new RegExp(`^${deck.id}-\\d{3}$`);
      expect(deck.cards.filter((c) => !c.source).map((c) => c.id)).toEqual([]);
      expect(deck.cards.filter((c) => !idScheme.test(c.id)).map((c) => c.id)).toEqual([]);
    });
  }
});
