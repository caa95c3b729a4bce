import { describe, expect, it } from 'vitest';
import { hrefFor, parseHashRoute } from '../../src/lib/hash-route.ts';

describe('parseHashRoute', () => {
  it.each([
    ['', { path: '/', query: '' }],
    ['#', { path: '/', query: '' }],
    ['#main', { path: '/', query: '' }],
    ['#/', { path: '/', query: '' }],
    ['#/solo', { path: '/solo', query: '' }],
    ['#/solo/', { path: '/solo', query: '' }],
    ['#/join?s=1&n=4', { path: '/join', query: 's=1&n=4' }],
    ['#/join?', { path: '/join', query: '' }],
  ])('%s', (hash, expected) => {
    expect(parseHashRoute(hash)).toEqual(expected);
  });

  it('round-trips with hrefFor', () => {
    expect(parseHashRoute(hrefFor('/join', 'a=1'))).toEqual({ path: '/join', query: 'a=1' });
  });
});
