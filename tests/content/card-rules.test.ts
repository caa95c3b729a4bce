import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeckText } from '../../src/domain/deck/parse-deck.ts';
import type { Card, Deck, LocalizedText } from '../../src/domain/deck/types.ts';

// Editorial rules for the decks shipped in cards/ (cards/README.md, issue 16). Imported decks need
// not meet them; the app's validator and tests/domain/deck cover what every deck must meet.

const files = readdirSync('cards')
  .filter((f) => f.endsWith('.json') && f !== 'deck.schema.json')
  .sort();
const decks: Deck[] = files.map((file) => {
  const result = parseDeckText(new Uint8Array(readFileSync(`cards/${file}`)));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issues)}`);
  return result.deck;
});
const cards = decks.flatMap((deck) => deck.cards.map((card) => ({ deck, card })));

/** Longest nb card text: it has to read on a phone and from the back of a room. */
const MAX_NB = 160;

/**
 * Cards that deliberately carry no question (or more than one). Each is an instruction read out
 * by the facilitator, not a question to discuss.
 */
const QUESTION_MARK_EXCEPTIONS: Readonly<Record<string, string>> = {
  // Opening: the speed-date round is an instruction, as in the workshop it comes from.
  'apning-avslutning-001': 'speed-date instruction',
  // Closing: two quiet minutes of reflection, an instruction with a timer.
  'apning-avslutning-011': 'quiet-moment instruction',
};

/** Ids listed under «Retired card ids» in cards/README.md. */
function retiredIds(): string[] {
  const readme = readFileSync('cards/README.md', 'utf8');
  const section = readme.split(/^## Retired card ids$/m)[1]?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^- `([a-z0-9-]+)`/gm)].map((m) => m[1]!);
}

function localized(card: Card): [string, LocalizedText][] {
  const out: [string, LocalizedText][] = [['text', card.text]];
  card.followUps?.forEach((f, i) => out.push([`followUps[${i}]`, f]));
  if (card.hint) out.push(['hint', card.hint]);
  return out;
}

function deckTexts(deck: Deck): [string, LocalizedText][] {
  const out: [string, LocalizedText][] = [
    ['title', deck.title],
    ['description', deck.description],
  ];
  deck.categories.forEach((c) => out.push([`category ${c.id}`, c.label]));
  deck.sources?.forEach((s) => {
    out.push([`source ${s.id} title`, s.title]);
    if (s.where) out.push([`source ${s.id} where`, s.where]);
  });
  deck.cards.forEach((card) => localized(card).forEach(([k, t]) => out.push([`${card.id} ${k}`, t])));
  return out;
}

describe('built-in cards: card craft', () => {
  it(`every card's nb text is at most ${MAX_NB} characters`, () => {
    const tooLong = cards.filter(({ card }) => [...card.text.nb].length > MAX_NB);
    expect(tooLong.map(({ card }) => `${card.id} (${[...card.text.nb].length})`)).toEqual([]);
  });

  it('every card asks exactly one question, apart from the listed instruction cards', () => {
    const wrong = cards.filter(({ card }) => {
      const marks = card.text.nb.split('?').length - 1;
      return (marks === 1) === Object.hasOwn(QUESTION_MARK_EXCEPTIONS, card.id);
    });
    expect(wrong.map(({ card }) => `${card.id}: ${card.text.nb}`)).toEqual([]);
  });

  it('the exception list names only cards that exist', () => {
    const ids = new Set(cards.map(({ card }) => card.id));
    expect(Object.keys(QUESTION_MARK_EXCEPTIONS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('every card text, follow-up and hint is written in nb, nn and en', () => {
    const missing = cards.flatMap(({ card }) =>
      localized(card)
        .filter(([, t]) => !t.nn?.trim() || !t.en?.trim())
        .map(([k]) => `${card.id} ${k}`),
    );
    expect(missing).toEqual([]);
  });

  it('English text uses English quotation marks, never «»', () => {
    const found = decks.flatMap((deck) =>
      deckTexts(deck)
        .filter(([, t]) => /[«»]/.test(t.en ?? ''))
        .map(([place]) => `${deck.id}: ${place}`),
    );
    expect(found).toEqual([]);
  });
});

describe('built-in cards: sources a reader can find', () => {
  it('every card names a described source of its own deck, with a section', () => {
    const bad = cards.filter(
      ({ deck, card }) =>
        !card.source?.section.trim() || !deck.sources?.some((s) => s.id === card.source?.doc),
    );
    expect(bad.map(({ card }) => card.id)).toEqual([]);
  });

  it('no source is described by a bare file name', () => {
    const fileLike = decks.flatMap((deck) =>
      (deck.sources ?? []).filter((s) => /\.txt$|^\d{3}_[0-9a-f]+/.test(s.title.nb)).map((s) => s.id),
    );
    expect(fileLike).toEqual([]);
  });
});

describe('built-in cards: ids', () => {
  it('card ids are unique across all decks', () => {
    const ids = cards.map(({ card }) => card.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('the retired list is read from cards/README.md', () => {
    expect(retiredIds()).toContain('framtid-044');
  });

  it('no card uses a retired id', () => {
    const retired = new Set(retiredIds());
    expect(cards.filter(({ card }) => retired.has(card.id)).map(({ card }) => card.id)).toEqual([]);
  });

  it('card ids rise through each deck, so a new card takes the next free number', () => {
    for (const deck of decks) {
      const numbers = deck.cards.map((card) => Number(card.id.slice(deck.id.length + 1)));
      expect(numbers, deck.id).toEqual([...numbers].sort((a, b) => a - b));
      const highest = Math.max(...numbers);
      const retiredAbove = retiredIds().filter(
        (id) => id.startsWith(`${deck.id}-`) && Number(id.slice(deck.id.length + 1)) > highest,
      );
      expect(retiredAbove, deck.id).toEqual([]);
    }
  });
});

/** What a version stands for: every card's id, text, follow-ups and hint. */
function fingerprint(deck: Deck): string {
  const content = deck.cards.map((c) => [c.id, c.text, c.followUps ?? [], c.hint ?? null]);
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}

describe('built-in decks: versions', () => {
  // tests/content/deck-fingerprints.json records each deck's version and what its cards said then.
  // Changed card text without a new version would let a phone and a facilitator show different
  // cards under one version, which the join link's version check exists to catch.
  const recorded = JSON.parse(readFileSync('tests/content/deck-fingerprints.json', 'utf8')) as Record<
    string,
    { version: number; cards: string }
  >;

  for (const deck of decks) {
    it(`${deck.id}: card text changes only with a new version`, () => {
      const was = recorded[deck.id];
      const now = { version: deck.version, cards: fingerprint(deck) };
      if (was && was.cards !== now.cards)
        expect(now.version, 'card text changed: bump the deck version').toBeGreaterThan(was.version);
      expect(now, 'then record the new version in tests/content/deck-fingerprints.json').toEqual(was);
    });
  }

  it('records no deck that does not exist', () => {
    expect(Object.keys(recorded).sort()).toEqual(decks.map((d) => d.id).sort());
  });
});
