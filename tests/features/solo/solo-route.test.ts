// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseSoloView, soloHref, SOLO_VIEWS } from '../../../src/features/solo/solo-route.ts';
import { routeOfHref } from '../../support/route-of-href.ts';

describe('solo routes', () => {
  it('reads every view from its own link, and anything else as the start', () => {
    for (const view of SOLO_VIEWS) expect(parseSoloView(routeOfHref(soloHref(view)).query)).toBe(view);
    expect(soloHref()).toBe('/solo/');
    expect(parseSoloView('view=nonsense')).toBe('start');
    expect(parseSoloView('')).toBe('start');
  });
});
