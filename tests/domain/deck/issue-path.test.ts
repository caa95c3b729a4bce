import { describe, expect, it } from 'vitest';
import { decodeIssue, encodeIssue } from '../../../src/domain/deck/issue-message.ts';
import { formatIssuePath } from '../../../src/domain/deck/issue-path.ts';

describe('formatIssuePath', () => {
  it('writes dotted keys and bracketed indexes, quoting odd keys', () => {
    expect(formatIssuePath([])).toBe('');
    expect(formatIssuePath(['cards', 12, 'text', 'nn'])).toBe('cards[12].text.nn');
    expect(formatIssuePath(['__proto__'])).toBe('__proto__');
    expect(formatIssuePath(['$schema'])).toBe('$schema');
    expect(formatIssuePath(['cards', 0, 'a.b'])).toBe('cards[0]["a.b"]');
    expect(formatIssuePath(['', 'x y'])).toBe('[""]["x y"]');
  });
});

describe('issue messages', () => {
  it('carry a code and params through valibot and refuse anything else', () => {
    expect(decodeIssue(encodeIssue('too-long', { max: 600, length: 601 }))).toEqual({
      code: 'too-long',
      params: { max: 600, length: 601 },
    });
    expect(decodeIssue(encodeIssue('required'))).toEqual({ code: 'required' });
    expect(decodeIssue('Invalid type: Expected string')).toBeNull();
  });
});
