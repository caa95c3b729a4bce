import { describe, expect, it } from 'vitest';
import { decodeJoin } from '../../../src/domain/join/decode-join.ts';
import type { JoinError } from '../../../src/domain/join/join-errors.ts';

const base = 's=1&d=ledelse.1&n=4';

const cases: [string, JoinError][] = [
  ['x'.repeat(2049), { code: 'too-long' }],
  ['', { code: 'malformed' }],
  [`${base}&`, { code: 'malformed' }],
  [`${base}&&k=2`, { code: 'malformed' }],
  [`${base}&k`, { code: 'malformed' }],
  [`=1&${base}`, { code: 'malformed' }],
  [`${base}&x=1`, { code: 'unknown-key', params: { key: 'x' } }],
  [`__proto__=1&${base}`, { code: 'unknown-key', params: { key: '__proto__' } }],
  [`constructor=1&${base}`, { code: 'unknown-key', params: { key: 'constructor' } }],
  [`S=1&d=ledelse.1&n=4`, { code: 'unknown-key', params: { key: 'S' } }],
  [`${base}&s=2`, { code: 'duplicate-key', params: { key: 's' } }],
  [`${base}&t=%E0%A4%A`, { code: 'bad-encoding', params: { key: 't' } }],
  [`${base}&t=100%`, { code: 'bad-encoding', params: { key: 't' } }],
  [`${base}&t=%ED%A0%80`, { code: 'bad-encoding', params: { key: 't' } }],
  ['d=ledelse.1&n=4', { code: 'missing-key', params: { key: 's' } }],
  ['s=1&n=4', { code: 'missing-key', params: { key: 'd' } }],
  ['s=1&d=ledelse.1', { code: 'missing-key', params: { key: 'n' } }],
  [`v=2&${base}`, { code: 'unsupported-version' }],
  [`v=0&${base}`, { code: 'unsupported-version' }],
  [`v=99999999999999999999&${base}`, { code: 'unsupported-version' }],
  [`v=one&${base}`, { code: 'invalid-value', params: { key: 'v' } }],
  ['s=+1&d=ledelse.1&n=4', { code: 'invalid-value', params: { key: 's' } }],
  ['s=-1&d=ledelse.1&n=4', { code: 'invalid-value', params: { key: 's' } }],
  ['s=1e3&d=ledelse.1&n=4', { code: 'invalid-value', params: { key: 's' } }],
  ['s=0x10&d=ledelse.1&n=4', { code: 'invalid-value', params: { key: 's' } }],
  ['s=01&d=ledelse.1&n=4', { code: 'invalid-value', params: { key: 's' } }],
  ['s=1.0&d=ledelse.1&n=4', { code: 'invalid-value', params: { key: 's' } }],
  ['s=&d=ledelse.1&n=4', { code: 'invalid-value', params: { key: 's' } }],
  ['s=%201&d=ledelse.1&n=4', { code: 'invalid-value', params: { key: 's' } }],
  ['s=١&d=ledelse.1&n=4', { code: 'invalid-value', params: { key: 's' } }],
  ['s=4294967296&d=ledelse.1&n=4', { code: 'out-of-range', params: { key: 's', min: 0, max: 4294967295 } }],
  [
    's=99999999999999999999999&d=ledelse.1&n=4',
    { code: 'out-of-range', params: { key: 's', min: 0, max: 4294967295 } },
  ],
  ['s=1&d=ledelse.1&n=1', { code: 'out-of-range', params: { key: 'n', min: 2, max: 200 } }],
  ['s=1&d=ledelse.1&n=201', { code: 'out-of-range', params: { key: 'n', min: 2, max: 200 } }],
  ['s=1&d=&n=4', { code: 'invalid-value', params: { key: 'd' } }],
  ['s=1&d=ledelse&n=4', { code: 'invalid-value', params: { key: 'd' } }],
  ['s=1&d=Ledelse.1&n=4', { code: 'invalid-value', params: { key: 'd' } }],
  ['s=1&d=led.else.1&n=4', { code: 'invalid-value', params: { key: 'd' } }],
  ['s=1&d=ledelse.1,&n=4', { code: 'invalid-value', params: { key: 'd' } }],
  [`s=1&d=${'a'.repeat(41)}.1&n=4`, { code: 'invalid-value', params: { key: 'd' } }],
  ['s=1&d=ledelse.0&n=4', { code: 'out-of-range', params: { key: 'd', min: 1, max: 9999 } }],
  ['s=1&d=ledelse.10000&n=4', { code: 'out-of-range', params: { key: 'd', min: 1, max: 9999 } }],
  [
    's=1&d=a.1,b.1,c.1,d.1,e.1,f.1,g.1,h.1,i.1&n=4',
    { code: 'out-of-range', params: { key: 'd', min: 1, max: 8 } },
  ],
  ['s=1&d=ledelse.1,ledelse.2&n=4', { code: 'duplicate-deck', params: { deck: 'ledelse' } }],
  [`${base}&m=x`, { code: 'invalid-value', params: { key: 'm' } }],
  [`${base}&m=trio`, { code: 'invalid-value', params: { key: 'm' } }],
  [`${base}&p=100`, { code: 'out-of-range', params: { key: 'p', min: 0, max: 99 } }],
  [`${base}&k=0`, { code: 'out-of-range', params: { key: 'k', min: 1, max: 20 } }],
  [`${base}&k=21`, { code: 'out-of-range', params: { key: 'k', min: 1, max: 20 } }],
  [`${base}&t=`, { code: 'invalid-value', params: { key: 't' } }],
  [`${base}&t=%20%20`, { code: 'invalid-value', params: { key: 't' } }],
  [`${base}&t=a%0Ab`, { code: 'invalid-value', params: { key: 't' } }],
  [`${base}&t=a%E2%80%AEb`, { code: 'invalid-value', params: { key: 't' } }],
  [`${base}&t=${'x'.repeat(81)}`, { code: 'invalid-value', params: { key: 't' } }],
  // A seat card's seat: one of the group's seats (n=4), in the one spelling of a number.
  [`${base}&h=0`, { code: 'out-of-range', params: { key: 'h', min: 1, max: 4 } }],
  [`${base}&h=5`, { code: 'out-of-range', params: { key: 'h', min: 1, max: 4 } }],
  [`${base}&h=99999999999`, { code: 'out-of-range', params: { key: 'h', min: 1, max: 4 } }],
  [`${base}&h=`, { code: 'invalid-value', params: { key: 'h' } }],
  [`${base}&h=tre`, { code: 'invalid-value', params: { key: 'h' } }],
  [`${base}&h=02`, { code: 'invalid-value', params: { key: 'h' } }],
  [`${base}&h=-1`, { code: 'invalid-value', params: { key: 'h' } }],
  [`${base}&h=2.0`, { code: 'invalid-value', params: { key: 'h' } }],
  [`${base}&h=2&h=3`, { code: 'duplicate-key', params: { key: 'h' } }],
  [`${base}&h=%`, { code: 'bad-encoding', params: { key: 'h' } }],
  [`${base}&H=2`, { code: 'unknown-key', params: { key: 'H' } }],
  // The group size is checked first: a seat cannot make a bad group size look valid.
  ['s=1&d=ledelse.1&n=1&h=1', { code: 'out-of-range', params: { key: 'n', min: 2, max: 200 } }],
];

describe('decodeJoin errors', () => {
  it.each(cases)('%s', (query, error) => {
    expect(decodeJoin(query)).toEqual({ ok: false, error });
  });

  it('accepts percent-encoded values and keeps a title as text', () => {
    const result = decodeJoin(`${base}&t=%3Cb%3EHei%3C%2Fb%3E%20%26%20%3D`);
    expect(result).toEqual({
      ok: true,
      session: { v: 1, seed: 1, decks: [{ id: 'ledelse', version: 1 }], seats: 4, title: '<b>Hei</b> & =' },
    });
    expect(decodeJoin('s=%31&d=ledelse%2E1%2Cframtid.2&n=4').ok).toBe(true);
  });

  it('never lets __proto__ touch the session', () => {
    const result = decodeJoin(`${base}&__proto__=x`);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
