import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeJoin } from '../../../src/domain/join/decode-join.ts';
import { encodeJoin, joinFragment } from '../../../src/domain/join/encode-join.ts';
import { JOIN_LIMITS, type JoinSession } from '../../../src/domain/join/join-session.ts';
import { validateSession } from '../../../src/domain/join/validate-session.ts';
import { sessionArb } from './join-arbitraries.ts';

const example: JoinSession = {
  v: 1,
  seed: 123,
  decks: [
    { id: 'naervaer', version: 3 },
    { id: 'ledelse', version: 1 },
  ],
  seats: 12,
  mode: 'trio',
  cards: 5,
};

describe('encodeJoin / decodeJoin', () => {
  it('writes a compact link and reads it back', () => {
    expect(encodeJoin(example)).toBe('v=1&s=123&d=naervaer.3,ledelse.1&n=12&m=t&k=5');
    expect(joinFragment(example)).toBe('#/join?v=1&s=123&d=naervaer.3,ledelse.1&n=12&m=t&k=5');
    expect(decodeJoin('s=123&d=naervaer.3,ledelse.1&n=12&m=t&k=5')).toEqual({ ok: true, session: example });
    expect(decodeJoin('?v=1&n=12&d=naervaer.3,ledelse.1&s=123&k=5&m=t')).toEqual({
      ok: true,
      session: example,
    });
  });

  it('round-trips every valid session, URL-safe and under the length cap (property)', () => {
    fc.assert(
      fc.property(sessionArb, (session) => {
        expect(validateSession(session)).toBeNull();
        const query = encodeJoin(session);
        expect(query).toMatch(/^[A-Za-z0-9\-._~!'()*%=&,]+$/);
        expect(query.length).toBeLessThanOrEqual(JOIN_LIMITS.maxLinkChars);
        expect(decodeJoin(query)).toEqual({ ok: true, session });
      }),
      { numRuns: 500 },
    );
  });

  it('fits the largest possible session under the cap', () => {
    const largest: JoinSession = {
      v: 1,
      seed: 4294967295,
      decks: Array.from({ length: 8 }, (_, i) => ({ id: `${i}`.padEnd(40, 'x'), version: 9999 })),
      seats: 200,
      mode: 'sit-out',
      step: 99,
      cards: 20,
      title: '😀'.repeat(80),
    };
    const query = encodeJoin(largest);
    expect(query.length).toBeLessThanOrEqual(JOIN_LIMITS.maxLinkChars);
    expect(decodeJoin(query)).toEqual({ ok: true, session: largest });
  });

  it('refuses to encode an invalid session', () => {
    const bad: JoinSession[] = [
      { ...example, seats: 1 },
      { ...example, seed: -1 },
      { ...example, decks: [] },
      { ...example, decks: [{ id: 'Ledelse', version: 1 }] },
      { ...example, title: 'a\u202eb' },
      { ...example, title: '\ud800' },
      { ...example, title: 'x'.repeat(81) },
    ];
    for (const session of bad) expect(() => encodeJoin(session)).toThrow(RangeError);
  });
});
