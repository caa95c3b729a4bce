// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { routeOfHref } from '../../support/route-of-href.ts';
import {
  parseWorkshopRoute,
  screenKey,
  workshopHref,
  type WorkshopRoute,
} from '../../../src/features/workshop/workshop-route.ts';

const routeOf = (href: string) => parseWorkshopRoute(routeOfHref(href).query);

describe('parseWorkshopRoute', () => {
  it('reads every screen from its query', () => {
    expect(parseWorkshopRoute('')).toEqual({ view: 'plan' });
    expect(parseWorkshopRoute('sheet=abc')).toEqual({ view: 'edit', sheetId: 'abc' });
    expect(parseWorkshopRoute('sheet=abc&view=print')).toEqual({ view: 'print', sheetId: 'abc' });
    expect(parseWorkshopRoute('sheet=abc&view=group')).toEqual({
      view: 'group',
      sheetId: 'abc',
      sessionId: null,
    });
    expect(parseWorkshopRoute('sheet=abc&view=group&session=s1')).toEqual({
      view: 'group',
      sheetId: 'abc',
      sessionId: 's1',
    });
    expect(parseWorkshopRoute('session=s1')).toEqual({ view: 'session', sessionId: 's1' });
    expect(parseWorkshopRoute('session=s1&view=rotation&step=x&rounds=all')).toEqual({
      view: 'rotation',
      sessionId: 's1',
      stepId: 'x',
      all: true,
    });
    expect(parseWorkshopRoute('session=s1&view=seat-cards')).toEqual({ view: 'seat-cards', sessionId: 's1' });
  });

  it('falls back to the plan list for an empty or unknown query', () => {
    expect(parseWorkshopRoute('sheet=')).toEqual({ view: 'plan' });
    expect(parseWorkshopRoute('view=print')).toEqual({ view: 'plan' });
    expect(parseWorkshopRoute('foo=bar')).toEqual({ view: 'plan' });
  });

  it('reads back every link it builds', () => {
    const cases: [string, WorkshopRoute][] = [
      [workshopHref.plan(), { view: 'plan' }],
      [workshopHref.edit('a b'), { view: 'edit', sheetId: 'a b' }],
      [workshopHref.print('p'), { view: 'print', sheetId: 'p' }],
      [workshopHref.group('p'), { view: 'group', sheetId: 'p', sessionId: null }],
      [workshopHref.group('p', 's'), { view: 'group', sheetId: 'p', sessionId: 's' }],
      [workshopHref.session('s'), { view: 'session', sessionId: 's' }],
      [workshopHref.rotation('s'), { view: 'rotation', sessionId: 's', stepId: null, all: false }],
      [
        workshopHref.rotation('s', { stepId: 'x', all: true }),
        { view: 'rotation', sessionId: 's', stepId: 'x', all: true },
      ],
      [workshopHref.seatCards('s 1'), { view: 'seat-cards', sessionId: 's 1' }],
    ];
    for (const [href, route] of cases) {
      expect(routeOfHref(href).path).toBe('/workshop');
      expect(routeOf(href)).toEqual(route);
    }
  });

  it('links to the presenter by session or by sheet', () => {
    expect(workshopHref.presentSession('abc')).toBe('/present/?session=abc');
    expect(workshopHref.presentSheet('abc')).toBe('/present/?sheet=abc');
  });
});

describe('screenKey', () => {
  it('gives each screen its own key, but keeps the rotation screen when only its options change', () => {
    const keys = [
      screenKey({ view: 'plan' }),
      screenKey({ view: 'edit', sheetId: 'a' }),
      screenKey({ view: 'edit', sheetId: 'b' }),
      screenKey({ view: 'print', sheetId: 'a' }),
      screenKey({ view: 'group', sheetId: 'a', sessionId: null }),
      screenKey({ view: 'group', sheetId: 'a', sessionId: 's' }),
      screenKey({ view: 'session', sessionId: 's' }),
      screenKey({ view: 'rotation', sessionId: 's', stepId: null, all: false }),
      screenKey({ view: 'seat-cards', sessionId: 's' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(screenKey({ view: 'rotation', sessionId: 's', stepId: 'x', all: true })).toBe(
      screenKey({ view: 'rotation', sessionId: 's', stepId: null, all: false }),
    );
  });
});
