import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INPUT_ERROR_CODES } from '../../../src/domain/input/input-error.ts';
import { MAX_JSON_DEPTH, readJsonText } from '../../../src/domain/input/read-json-text.ts';

const opts = { maxBytes: 1000 };
const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);
const codeOf = (input: Uint8Array | string, maxBytes = 1000) => {
  const result = readJsonText(input, { maxBytes });
  return result.ok ? 'ok' : result.error.code;
};

describe('readJsonText', () => {
  it('parses JSON from bytes and from a string', () => {
    expect(readJsonText(utf8('{"a":[1,"æ"]}'), opts)).toEqual({ ok: true, value: { a: [1, 'æ'] } });
    expect(readJsonText(' [true, null] ', opts)).toEqual({ ok: true, value: [true, null] });
  });

  it('reads only the viewed bytes of a Buffer or a subarray', () => {
    expect(readJsonText(Buffer.from('[1]'), opts)).toEqual({ ok: true, value: [1] });
    expect(readJsonText(utf8('xx[2]xx').subarray(2, 5), opts)).toEqual({ ok: true, value: [2] });
  });

  it('refuses empty and whitespace-only input', () => {
    expect(codeOf(bytes())).toBe('empty');
    expect(codeOf('')).toBe('empty');
    expect(codeOf(' \n\t\r ')).toBe('empty');
    expect(codeOf(utf8('  \n'))).toBe('empty');
  });

  it('accepts and strips one UTF-8 BOM; a BOM alone is an empty file', () => {
    expect(readJsonText(bytes(0xef, 0xbb, 0xbf, ...utf8('{"a":1}')), opts)).toEqual({
      ok: true,
      value: { a: 1 },
    });
    expect(readJsonText('\ufeff{"a":1}', opts)).toEqual({ ok: true, value: { a: 1 } });
    expect(codeOf(bytes(0xef, 0xbb, 0xbf))).toBe('empty');
    expect(codeOf(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...utf8('{}')))).toBe('not-json');
  });

  it('checks the size in UTF-8 bytes before anything else', () => {
    expect(readJsonText(utf8('[1]   '), { maxBytes: 5 })).toEqual({
      ok: false,
      error: { code: 'too-large', params: { maxBytes: 5, bytes: 6 } },
    });
    expect(codeOf(utf8('[1]  '), 5)).toBe('ok');
    // Broken bytes over the cap are refused for size, not encoding: nothing is decoded.
    expect(codeOf(bytes(0xff, 0xff, 0xff, 0xff, 0xff, 0xff), 5)).toBe('too-large');
    // "æ" is one UTF-16 unit but two UTF-8 bytes.
    expect(codeOf('"ææ"', 6)).toBe('ok');
    expect(codeOf('"æææ"', 6)).toBe('too-large');
    expect(codeOf('"😀"', 5)).toBe('too-large');
    expect(codeOf('"😀"', 6)).toBe('ok');
  });

  it('refuses UTF-16 with or without a BOM, in both byte orders', () => {
    const le = [...utf8('{"a":1}')].flatMap((b) => [b, 0]);
    const be = [...utf8('{"a":1}')].flatMap((b) => [0, b]);
    expect(codeOf(bytes(0xff, 0xfe, ...le))).toBe('utf16');
    expect(codeOf(bytes(0xfe, 0xff, ...be))).toBe('utf16');
    expect(codeOf(bytes(...le))).toBe('utf16');
    expect(codeOf(bytes(...be))).toBe('utf16');
    expect(codeOf(bytes(0xff, 0xfe))).toBe('utf16');
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(codeOf(bytes(...utf8('"'), 0xc3, 0x28, ...utf8('"')))).toBe('not-utf8');
    expect(codeOf(bytes(...utf8('"'), 0xed, 0xa0, 0x80, ...utf8('"')))).toBe('not-utf8'); // encoded surrogate
  });

  it(`allows nesting up to ${MAX_JSON_DEPTH} levels and refuses deeper, before parsing`, () => {
    const nest = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(codeOf(nest(MAX_JSON_DEPTH))).toBe('ok');
    expect(readJsonText(nest(MAX_JSON_DEPTH + 1), opts)).toEqual({
      ok: false,
      error: { code: 'too-deep', params: { maxDepth: MAX_JSON_DEPTH } },
    });
    // Unclosed brackets are counted too, so a truncated hostile file is still refused as too deep.
    expect(codeOf('{"a":'.repeat(100), 10_000)).toBe('too-deep');
  });

  it('does not count brackets inside strings, including after escaped quotes', () => {
    const inString = JSON.stringify('[{'.repeat(200) + '\\"[[[');
    expect(codeOf(inString, 10_000)).toBe('ok');
    expect(codeOf(`["\\\\", ${'['.repeat(70)}${']'.repeat(70)}]`, 10_000)).toBe('too-deep');
  });

  it('refuses text that is not JSON, with a position where the engine gives one', () => {
    const result = readJsonText('{"a": 1,\n "b": }', opts);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('not-json');
    const params = result.error.params;
    if (params) expect(params).toEqual({ line: 2, column: expect.any(Number) as number });
    expect(codeOf('{"a": NaN}')).toBe('not-json');
    expect(codeOf('\u00a0')).toBe('empty');
  });

  it('keeps __proto__ as a plain own key and never touches Object.prototype', () => {
    const result = readJsonText('{"__proto__": {"polluted": true}}', opts);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws and always answers with a known shape, for any bytes or string', () => {
    const check = (input: Uint8Array | string) => {
      const result = readJsonText(input, { maxBytes: 200 });
      return result.ok ? 'value' in result : INPUT_ERROR_CODES.includes(result.error.code);
    };
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), check), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 1000 });
    fc.assert(fc.property(fc.json(), (json) => check(json) && codeOf(json, 1e6) === 'ok'));
    fc.assert(fc.property(fc.jsonValue(), (value) => check(utf8(JSON.stringify(value)))));
  }, 30_000); // a generous limit for loaded machines, not a timing assertion
});
