// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  parsePresentQuery,
  presentHref,
  runIdOf,
  workshopHref,
} from '../../../src/features/presenter/present-query.ts';

describe('present links', () => {
  it('reads a session, a sheet or a template, and the audience view', () => {
    expect(parsePresentQuery('session=abc-123')).toEqual({
      source: { kind: 'session', id: 'abc-123' },
      audience: false,
    });
    expect(parsePresentQuery('sheet=s1&view=audience')).toEqual({
      source: { kind: 'sheet', id: 's1' },
      audience: true,
    });
    expect(parsePresentQuery('template=verksted-ledelse').source).toEqual({
      kind: 'template',
      id: 'verksted-ledelse',
    });
  });

  it('ignores ids that are not ids, and missing ones', () => {
    expect(parsePresentQuery('sheet=../x').source).toBeNull();
    expect(parsePresentQuery(`sheet=${'a'.repeat(65)}`).source).toBeNull();
    expect(parsePresentQuery('').source).toBeNull();
  });

  it('names a template run apart from a sheet of the same id, and builds the audience link', () => {
    expect(runIdOf({ kind: 'template', id: 'x' })).not.toBe(runIdOf({ kind: 'sheet', id: 'x' }));
    const href = presentHref({ kind: 'session', id: 'abc' }, true);
    expect(href).toBe('/present/?session=abc&view=audience');
    expect(parsePresentQuery(href.slice('/present/?'.length))).toEqual({
      source: { kind: 'session', id: 'abc' },
      audience: true,
    });
  });

  it('leaves presenting back to the session or plan it came from', () => {
    expect(workshopHref({ kind: 'session', id: 'abc' })).toBe('/workshop/?session=abc');
    expect(workshopHref({ kind: 'sheet', id: 's1' })).toBe('/workshop/?sheet=s1');
    expect(workshopHref({ kind: 'template', id: 'verksted-ledelse' })).toBe('/workshop/');
  });
});
