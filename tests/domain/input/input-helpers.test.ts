import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exceedsJsonDepth } from '../../../src/domain/input/json-depth.ts';
import { utf8Length } from '../../../src/domain/input/utf8-length.ts';
import { looksLikeUtf16 } from '../../../src/domain/input/utf16-sniff.ts';

describe('utf8Length', () => {
  it('agrees with TextEncoder on any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => utf8Length(s) === new TextEncoder().encode(s).length),
    );
    expect(utf8Length('\ud800x')).toBe(4);
    expect(utf8Length('😀')).toBe(4);
  });
});

describe('exceedsJsonDepth', () => {
  it('matches the real depth of any JSON value', () => {
    const depth = (v: unknown): number =>
      v !== null && typeof v === 'object' ? 1 + Math.max(0, ...Object.values(v as object).map(depth)) : 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 8 }), (value, max) => {
        return exceedsJsonDepth(JSON.stringify(value), max) === depth(value) > max;
      }),
    );
  });
});

describe('looksLikeUtf16', () => {
  it('never flags UTF-8 JSON, which holds no NUL bytes', () => {
    fc.assert(fc.property(fc.json(), (json) => !looksLikeUtf16(new TextEncoder().encode(json))));
  });

  it('flags ASCII-range text in UTF-16 of either byte order', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 2 }), (json) => {
        const ascii = json.replace(/[^\x20-\x7e]/g, 'a');
        const le = Uint8Array.from([...ascii].flatMap((c) => [c.charCodeAt(0), 0]));
        const be = Uint8Array.from([...ascii].flatMap((c) => [0, c.charCodeAt(0)]));
        return looksLikeUtf16(le) && looksLikeUtf16(be);
      }),
    );
    expect(looksLikeUtf16(new Uint8Array([0x7b]))).toBe(false);
  });
});
