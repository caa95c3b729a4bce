import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, fromBase64urlOf, toBase64url } from '../../../src/domain/room/base64url.ts';
import { joinRoomToken, splitRoomToken } from '../../../src/domain/room/room-token.ts';

describe('base64url', () => {
  it('agrees with Node for every byte string and reads its own text back (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64url(text)).toEqual(bytes);
      }),
    );
  });

  it('accepts one spelling per byte string only (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{0,30}$/), (text) => {
        const bytes = fromBase64url(text);
        if (bytes !== null) expect(toBase64url(bytes)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses padding, the other alphabet, impossible lengths and wrong sizes', () => {
    for (const bad of ['AA==', 'a+b/', 'A', 'AAAAA', 'AB', ' AA', 'AA\n'])
      expect(fromBase64url(bad), bad).toBeNull();
    expect(fromBase64url('')).toEqual(new Uint8Array(0));
    expect(fromBase64urlOf('AAA', 2)).toEqual(new Uint8Array(2));
    expect(fromBase64urlOf('AAA', 3)).toBeNull();
    expect(fromBase64url('AAAA', 3)).toBeNull();
  });
});

describe('room token text', () => {
  const t = toBase64url(new Uint8Array(32).fill(1));
  const o = toBase64url(new Uint8Array(32).fill(2));

  it('joins and splits a phone token and an owner token', () => {
    expect(splitRoomToken(joinRoomToken(t))).toEqual({ room: t });
    expect(splitRoomToken(joinRoomToken(t, o))).toEqual({ room: t, owner: o });
  });

  it('refuses anything else', () => {
    for (const bad of ['', t.slice(1), `${t}.`, `${t}.${o}.${o}`, `${t}.${o.slice(2)}`, `.${o}`, 42, null])
      expect(splitRoomToken(bad)).toBeNull();
  });
});
