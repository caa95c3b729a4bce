// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { basePathOf, hrefFor, movedAddress, parseHashRoute, routeOf } from '../../src/lib/app-route.ts';

const at = (href: string) => routeOf(new URL(href, 'https://a.example/'));

describe('parseHashRoute (the old #/… addresses)', () => {
  it.each([
    ['', null],
    ['#', null],
    ['#main', null],
    ['#/', { path: '/', query: '' }],
    ['#/solo', { path: '/solo', query: '' }],
    ['#/solo/', { path: '/solo', query: '' }],
    ['#/join?s=1&n=4', { path: '/join', query: 's=1&n=4' }],
    ['#/join?', { path: '/join', query: '' }],
  ])('%s', (hash, expected) => {
    expect(parseHashRoute(hash)).toEqual(expected);
  });
});

describe('routeOf', () => {
  it("reads a page's route from its path, at the root or in a folder, and its query", () => {
    expect(at('/')).toEqual({ path: '/', query: '' });
    expect(at('/index.html')).toEqual({ path: '/', query: '' });
    expect(at('/solo/')).toEqual({ path: '/solo', query: '' });
    expect(at('/kortstokk/decks/?view=draw')).toEqual({ path: '/decks', query: 'view=draw' });
    expect(at('/kortstokk/decks/index.html?view=draw')).toEqual({ path: '/decks', query: 'view=draw' });
    expect(at('/solo/#main')).toEqual({ path: '/solo', query: '' });
  });

  it("reads a join link's query from the fragment, never from the search", () => {
    expect(at('/join/#v=1&s=4')).toEqual({ path: '/join', query: 'v=1&s=4' });
    expect(at('/join/?v=1&s=4')).toEqual({ path: '/join', query: '' });
  });

  it('reads an old #/… address wherever it is', () => {
    expect(at('/#/solo?view=journal')).toEqual({ path: '/solo', query: 'view=journal' });
    expect(at('/#/nope')).toEqual({ path: '/nope', query: '' });
  });
});

describe('basePathOf', () => {
  it('is the folder of the home page, from any page', () => {
    expect(basePathOf('/')).toBe('/');
    expect(basePathOf('/solo/')).toBe('/');
    expect(basePathOf('/a/b/')).toBe('/a/b/');
    expect(basePathOf('/a/b/present/index.html')).toBe('/a/b/');
  });
});

describe('movedAddress', () => {
  it('sends old addresses to their page, relative to the home page', () => {
    expect(movedAddress('#/decks?view=draw')).toBe('./decks/?view=draw');
    expect(movedAddress('#/join?v=1&s=4')).toBe('./join/#v=1&s=4');
    expect(movedAddress('#/nope')).toBeNull();
    expect(movedAddress('#/')).toBeNull();
    expect(movedAddress('#main')).toBeNull();
  });
});

describe('hrefFor', () => {
  it('round-trips with routeOf, the join query in the fragment', () => {
    window.history.replaceState(null, '', '/kortstokk/solo/');
    expect(hrefFor('/join', 'a=1')).toBe('/kortstokk/join/#a=1');
    expect(hrefFor('/decks', 'view=draw')).toBe('/kortstokk/decks/?view=draw');
    expect(hrefFor('/')).toBe('/kortstokk/');
    for (const [path, query] of [
      ['/join', 'a=1'],
      ['/notes', 'code=x'],
      ['/', ''],
    ] as const) {
      expect(at(hrefFor(path, query))).toEqual({ path, query });
    }
  });
});
