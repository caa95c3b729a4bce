import { readdirSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { handPrepaint } from '../../src/boot/hand-prepaint.ts';
import { LANGUAGES } from '../../src/domain/language/languages.ts';
import { handDeckData } from '../../scripts/hand-deck-data.ts';
import { withDeck } from '../../scripts/hand-preview-plugin.ts';

// A first visit from a one-deck join link gets the pre-paint with the deck's data in the same file,
// reduced to one language (scripts/hand-deck-data.ts). The hand it paints must be the one the full
// deck file gives (and so the app's: tests/boot/hand-preview.test.tsx), for every built-in deck,
// language and seat, with and without a step.
const decks = readdirSync('cards')
  .filter((f) => f.endsWith('.json') && f !== 'deck.schema.json')
  .map(
    (f) =>
      JSON.parse(readFileSync(`cards/${f}`, 'utf8')) as { id: string; version: number; cards: unknown[] },
  );

describe('the hand pre-paint data of one deck in one language', () => {
  for (const deck of decks) {
    for (const lang of LANGUAGES) {
      it(`paints the full file's hand: ${deck.id}, ${lang}`, () => {
        const slim = handDeckData(deck, lang);
        let painted = 0;
        for (const [seed, seat, format] of [
          [42, 1, ''],
          [7, 3, '&f=speed-date&t=2'],
          [123456, 8, '&f=silent'],
          [99, 5, ''],
        ] as const) {
          const query = `v=1&s=${seed}&d=${deck.id}.${deck.version}&n=8&k=4&h=${seat}${format}`;
          const full = handPrepaint(query, [deck], null, lang);
          expect(handPrepaint(query, [slim], null, lang), query).toEqual(full);
          if (full !== null) painted += 1;
        }
        // The links are good ones: the comparison is between painted hands, not two nulls.
        expect(painted).toBeGreaterThan(0);
      });
    }
  }

  it('is smaller than the file: only the language shown is kept', () => {
    const naervaer = decks.find((d) => d.id === 'naervaer')!;
    const size = (x: unknown) => JSON.stringify(x).length;
    expect(size(handDeckData(naervaer, 'nb'))).toBeLessThan(size(naervaer) * 0.6);
    expect(JSON.stringify(handDeckData(naervaer, 'en'))).not.toContain('"nn":');
  });
});

describe('the deck in the pre-paint code', () => {
  it('takes the place of the one placeholder, as an expression', () => {
    const data = { id: 'x', text: 'a\u2028b</script>' };
    // The script's value is its last expression: the deck as the code will see it.
    expect(runInNewContext(withDeck('const d = 1; HAND_DECK', data))).toEqual(data);
  });

  it('refuses code that reads the placeholder twice or never', () => {
    expect(() => withDeck('a(HAND_DECK,HAND_DECK)', {})).toThrow(/exactly once/);
    expect(() => withDeck('a(MY_HAND_DECKS)', {})).toThrow(/exactly once/);
  });
});
