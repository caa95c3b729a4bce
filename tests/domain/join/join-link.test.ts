import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeJoin } from '../../../src/domain/join/decode-join.ts';
import { encodeJoin, joinPath } from '../../../src/domain/join/encode-join.ts';
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
    expect(joinPath(example)).toBe('join/#v=1&s=123&d=naervaer.3,ledelse.1&n=12&m=t&k=5');
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
        expect(query).toMatch(/^[A-Za-z0-9\-._~!'()*%=&,/]+$/);
        expect(query.length).toBeLessThanOrEqual(JOIN_LIMITS.maxLinkChars);
        expect(decodeJoin(query)).toEqual({ ok: true, session });
      }),
      { numRuns: 500 },
    );
  });

  it('carries the step format and card choice after the title, and old links still read', () => {
    const withStep: JoinSession = {
      ...example,
      title: 'Nærvær',
      format: 'speed-date',
      roundCards: { deckIds: ['naervaer'], categoryIds: ['naervaer/speed-date', 'tillit'], cardRefs: [] },
    };
    const query = encodeJoin(withStep);
    expect(query).toBe(
      'v=1&s=123&d=naervaer.3,ledelse.1&n=12&m=t&k=5&t=N%C3%A6rv%C3%A6r&f=speed-date&cd=naervaer&cc=naervaer/speed-date,tillit',
    );
    expect(decodeJoin(query)).toEqual({ ok: true, session: withStep });
    const picked = decodeJoin('v=1&s=1&d=naervaer.1&n=4&cr=naervaer/naervaer-001,naervaer/naervaer-002');
    expect(picked).toEqual({
      ok: true,
      session: {
        v: 1,
        seed: 1,
        decks: [{ id: 'naervaer', version: 1 }],
        seats: 4,
        roundCards: {
          deckIds: [],
          categoryIds: [],
          cardRefs: ['naervaer/naervaer-001', 'naervaer/naervaer-002'],
        },
      },
    });
    const old = decodeJoin('v=1&s=123&d=naervaer.3,ledelse.1&n=12&m=t&k=5');
    expect(old.ok && (old.session.format ?? old.session.roundCards)).toBeUndefined();
  });

  it("carries a seat card's seat last (`h`), read back in any order", () => {
    const seated: JoinSession = { ...example, title: 'Nærvær', format: 'speed-date', seat: 3 };
    const query = encodeJoin(seated);
    expect(query).toBe('v=1&s=123&d=naervaer.3,ledelse.1&n=12&m=t&k=5&t=N%C3%A6rv%C3%A6r&f=speed-date&h=3');
    expect(joinPath({ ...example, seat: 12 })).toBe(
      'join/#v=1&s=123&d=naervaer.3,ledelse.1&n=12&m=t&k=5&h=12',
    );
    expect(decodeJoin(query)).toEqual({ ok: true, session: seated });
    expect(decodeJoin('h=1&n=12&d=naervaer.3,ledelse.1&s=123&k=5&m=t')).toEqual({
      ok: true,
      session: { ...example, v: 1, seat: 1 },
    });
    // Without a seat the link is exactly what it was before seat cards existed.
    expect(decodeJoin(encodeJoin(example))).toEqual({ ok: true, session: example });
  });

  it('reads the seat as one of the group, whatever the group size (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), fc.integer({ min: -5, max: 210 }), (seats, seat) => {
        const result = decodeJoin(`s=1&d=naervaer.1&n=${seats}&h=${seat}`);
        if (seat >= 1 && seat <= seats) expect(result.ok && result.session.seat).toBe(seat);
        else
          expect(result).toEqual({
            ok: false,
            error:
              seat < 0
                ? { code: 'invalid-value', params: { key: 'h' } }
                : { code: 'out-of-range', params: { key: 'h', min: 1, max: seats } },
          });
      }),
    );
  });

  it('measures the phone hand in the Lighthouse run: its join link names a seat', async () => {
    const { SCREENS, screenUrl } = await import('../../../scripts/lighthouse/screens.mjs');
    const hand = SCREENS.find((screen) => screen.route === 'join')!;
    const url = new URL(screenUrl('http://127.0.0.1', hand));
    expect(url.pathname).toBe('/join/');
    const decoded = decodeJoin(url.hash.slice(1));
    expect(decoded.ok && decoded.session.seat).toBe(3);
  });

  it('refuses bad step formats and card choices with the known errors', () => {
    const base = 'v=1&s=1&d=naervaer.1&n=4';
    const cases: [string, unknown][] = [
      ['&f=quiz', { code: 'invalid-value', params: { key: 'f' } }],
      ['&f=', { code: 'invalid-value', params: { key: 'f' } }],
      ['&cd=', { code: 'invalid-value', params: { key: 'cd' } }],
      ['&cd=Naervaer', { code: 'invalid-value', params: { key: 'cd' } }],
      ['&cd=a,,b', { code: 'invalid-value', params: { key: 'cd' } }],
      ['&cc=a/b/c', { code: 'invalid-value', params: { key: 'cc' } }],
      ['&cr=naervaer', { code: 'invalid-value', params: { key: 'cr' } }],
      ['&cr=a/b,a/b', { code: 'invalid-value', params: { key: 'cr' } }],
      ['&cr=a%2F..%2Fb', { code: 'invalid-value', params: { key: 'cr' } }],
      ['&cr=a/b&cr=a/c', { code: 'duplicate-key', params: { key: 'cr' } }],
      [
        `&cd=${Array.from({ length: 21 }, (_, i) => `d${i}`).join(',')}`,
        { code: 'out-of-range', params: { key: 'cd', min: 1, max: JOIN_LIMITS.maxRoundDeckIds } },
      ],
      [
        `&cr=${Array.from({ length: 61 }, (_, i) => `d/k${i}`).join(',')}`,
        { code: 'out-of-range', params: { key: 'cr', min: 1, max: JOIN_LIMITS.maxRoundCardRefs } },
      ],
    ];
    for (const [extra, error] of cases) expect(decodeJoin(base + extra), extra).toEqual({ ok: false, error });
  });

  it('refuses a card choice that would push the link over the cap', () => {
    const long: JoinSession = {
      ...example,
      title: '😀'.repeat(80),
      roundCards: {
        deckIds: [],
        categoryIds: [],
        cardRefs: Array.from({ length: 60 }, (_, i) => `${'d'.repeat(30)}/${`${i}`.padEnd(40, 'k')}`),
      },
    };
    expect(validateSession(long)).toEqual({ code: 'too-long' });
    expect(() => encodeJoin(long)).toThrow(RangeError);
    expect(validateSession({ ...long, roundCards: { deckIds: [], categoryIds: [], cardRefs: [] } })).toEqual({
      code: 'invalid-value',
      params: { key: 'cd' },
    });
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
      seat: 200,
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
      { ...example, format: 'quiz' as never },
      { ...example, roundCards: { deckIds: ['A'], categoryIds: [], cardRefs: [] } },
      { ...example, seat: 0 },
      { ...example, seat: 13 },
      { ...example, seat: 1.5 },
      { ...example, seat: '2' as never },
    ];
    for (const session of bad) expect(() => encodeJoin(session)).toThrow(RangeError);
  });
});

describe('the bad join-link corpus', () => {
  it('names the error decodeJoin gives for every case', () => {
    const corpus = JSON.parse(readFileSync('tests/fixtures/join-links/expected.json', 'utf8')) as {
      valid: string;
      cases: Record<string, { link: string; code: string; params?: Record<string, unknown> }>;
    };
    expect(decodeJoin(corpus.valid).ok).toBe(true);
    for (const [name, { link, code, params }] of Object.entries(corpus.cases)) {
      const error = params === undefined ? { code } : { code, params };
      expect(decodeJoin(link), name).toEqual({ ok: false, error });
    }
  });
});
