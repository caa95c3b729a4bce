// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { decksHref, parseDecksRoute, screenKey } from '../../../src/features/decks/decks-route.ts';
import { routeOfHref } from '../../support/route-of-href.ts';

const roundTrip = (href: string) => parseDecksRoute(routeOfHref(href).query);

describe('decks routes', () => {
  it('reads every screen from its link', () => {
    expect(roundTrip(decksHref.browse())).toEqual({ view: 'browse', q: '', audience: null });
    expect(roundTrip(decksHref.browse('nærvær & tillit?'))).toEqual({
      view: 'browse',
      q: 'nærvær & tillit?',
      audience: null,
    });
    expect(roundTrip(decksHref.deck('ledelse'))).toEqual({ view: 'deck', deckId: 'ledelse', audience: null });
    expect(roundTrip(decksHref.card('ledelse', 'ledelse-004'))).toEqual({
      view: 'card',
      deckId: 'ledelse',
      cardId: 'ledelse-004',
      audience: null,
    });
    expect(roundTrip(decksHref.draw())).toEqual({ view: 'draw', deckId: null, audience: null });
    expect(roundTrip(decksHref.draw('samspill'))).toEqual({
      view: 'draw',
      deckId: 'samspill',
      audience: null,
    });
    expect(roundTrip(decksHref.import())).toEqual({ view: 'import' });
  });

  it('carries whom the cards are for on the list, a deck, a card and the draw, and only a known audience', () => {
    expect(roundTrip(decksHref.browse('tillit', 'union-reps'))).toEqual({
      view: 'browse',
      q: 'tillit',
      audience: 'union-reps',
    });
    expect(roundTrip(decksHref.deck('ledelse', 'leaders'))).toEqual({
      view: 'deck',
      deckId: 'ledelse',
      audience: 'leaders',
    });
    expect(roundTrip(decksHref.card('ledelse', 'ledelse-004', 'employees'))).toEqual({
      view: 'card',
      deckId: 'ledelse',
      cardId: 'ledelse-004',
      audience: 'employees',
    });
    expect(roundTrip(decksHref.draw(undefined, 'elected-members'))).toEqual({
      view: 'draw',
      deckId: null,
      audience: 'elected-members',
    });
    expect(decksHref.draw('samspill', null)).toBe(decksHref.draw('samspill'));
    expect(parseDecksRoute('for=bosses')).toEqual({ view: 'browse', q: '', audience: null });
    expect(parseDecksRoute('view=draw&for=__proto__')).toEqual({
      view: 'draw',
      deckId: null,
      audience: null,
    });
  });

  it('treats unknown or empty values as the deck list', () => {
    expect(parseDecksRoute('view=nonsense')).toEqual({ view: 'browse', q: '', audience: null });
    expect(parseDecksRoute('deck=&card=x')).toEqual({ view: 'browse', q: '', audience: null });
    expect(parseDecksRoute('card=x')).toEqual({ view: 'browse', q: '', audience: null });
  });

  it('gives each screen its own key, and the search the same key as the list', () => {
    const keys = [
      parseDecksRoute(''),
      parseDecksRoute('deck=a'),
      parseDecksRoute('deck=a&card=b'),
      parseDecksRoute('view=draw'),
      parseDecksRoute('view=import'),
    ].map(screenKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(screenKey(parseDecksRoute('q=tillit'))).toBe(screenKey(parseDecksRoute('')));
  });
});
