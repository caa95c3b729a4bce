import { describe, expect, it } from 'vitest';
import { parseWallQuery, wallQuery } from '../../../src/features/notes-wall/wall-query.ts';

describe('the wall query', () => {
  it('reads a planned session id, a code, the print view and anonymisation', () => {
    expect(parseWallQuery('session=abc-123')).toEqual({
      sessionId: 'abc-123',
      code: null,
      view: 'wall',
      anonymise: false,
    });
    expect(parseWallQuery('code=K7M4QX&view=print&anon=1')).toEqual({
      sessionId: null,
      code: 'K7M4QX',
      view: 'print',
      anonymise: true,
    });
  });

  it('ignores malformed values instead of trusting them', () => {
    expect(parseWallQuery('session=%3Cscript%3E&code=k7m4qx&view=x&anon=yes')).toEqual({
      sessionId: null,
      code: null,
      view: 'wall',
      anonymise: false,
    });
  });

  it('builds links by session id when there is one, else by code', () => {
    expect(wallQuery({ sessionId: 's1', code: 'K7M4QX' })).toBe('session=s1');
    expect(wallQuery({ sessionId: null, code: 'K7M4QX' }, { view: 'print' })).toBe('code=K7M4QX&view=print');
  });
});
