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
  deck.sources?.forEach((s, i) => {
    out.push([`sources[${i}].title`, s.title]);
    if (s.where) out.push([`sources[${i}].where`, s.where]);
  });
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

  it('a source cited by several decks is described the same way in each', () => {
    const byId = new Map<string, unknown>();
    for (const { deck } of decks)
      for (const source of deck.sources ?? []) {
        if (!byId.has(source.id)) byId.set(source.id, source);
        expect(source, `${deck.id}: ${source.id}`).toEqual(byId.get(source.id));
      }
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

    it(`${name}: every source is described for a reader (who, where) and cited by some card`, () => {
      const sources = deck.sources ?? [];
      expect(sources.filter((s) => !s.by || !s.where).map((s) => s.id)).toEqual([]);
      const cited = new Set(deck.cards.map((c) => c.source?.doc));
      expect(sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
    });
  }
});
