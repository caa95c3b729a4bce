import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeJoin } from '../../../src/domain/join/decode-join.ts';
import { encodeJoin } from '../../../src/domain/join/encode-join.ts';
import { JOIN_ERROR_CODES } from '../../../src/domain/join/join-errors.ts';
import { validateSession } from '../../../src/domain/join/validate-session.ts';
import { sessionArb } from './join-arbitraries.ts';

/** Every decode must be either a valid session that re-encodes to itself, or a known error. */
function checkOutcome(query: string): string {
  let result: ReturnType<typeof decodeJoin> | undefined;
  expect(() => {
    result = decodeJoin(query);
  }).not.toThrow();
  if (result === undefined) return 'threw';
  if (result.ok) {
    expect(validateSession(result.session)).toBeNull();
    expect(decodeJoin(encodeJoin(result.session))).toEqual(result);
    return 'ok';
  }
  expect(JOIN_ERROR_CODES).toContain(result.error.code);
  return result.error.code;
}

const INJECTIONS = [
  '%',
  '%2',
  '%zz',
  '%E0%A4%A',
  '%ED%A0%80',
  '%00',
  '%0A',
  '%E2%80%AE',
  '&',
  '=',
  '&&',
  '?',
  '#',
  ',',
  '.',
  '+',
  '-',
  '__proto__=',
  '&__proto__=1',
  'constructor=',
  '&prototype=1',
  '&s=1',
  '&t=x',
  '&f=speed-date',
  '&f=x',
  '&cd=a',
  '&cc=a/b',
  '&cr=a/b',
  '&cr=a/b,a/b',
  '&h=1',
  '&h=0',
  '&h=201',
  '&h=',
  'h=',
  '/',
  'e9',
  '1e3',
  '99999999999999999999',
  '4294967296',
  '\u0000',
  '\u202e',
  '😀',
  '\ud800',
  '\udc00',
  'ø',
  '١',
  ' ',
];

type Mutation =
  | { kind: 'drop' | 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'insert'; at: number; text: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ unit: 'binary', maxLength: 6 })),
  }),
);

function mutate(text: string, m: Mutation): string {
  const chars = [...text];
  const at = chars.length === 0 ? 0 : m.at % chars.length;
  if (m.kind === 'swap') {
    const other = chars.length === 0 ? 0 : m.with % chars.length;
    const tmp = chars[at] ?? '';
    chars[at] = chars[other] ?? '';
    chars[other] = tmp;
  } else if (m.kind === 'insert') chars.splice(at, 0, m.text);
  else if (m.kind === 'drop') chars.splice(at, 1);
  else chars.splice(at, 0, chars[at] ?? '');
  return chars.join('');
}

describe('decodeJoin fuzz', () => {
  it('survives random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({
            unit: fc.constantFrom(...'svdnmpktfcrh=&%,.-+/0123456789abcdefABCDEF_'.split('')),
            maxLength: 120,
          }),
          fc.string({ unit: 'binary', minLength: 2040, maxLength: 2100 }),
        ),
        (query) => {
          checkOutcome(query);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('survives random mutations of valid links', () => {
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(sessionArb, fc.array(mutationArb, { minLength: 1, maxLength: 6 }), (session, mutations) => {
        outcomes.add(checkOutcome(mutations.reduce(mutate, encodeJoin(session))));
      }),
      { numRuns: 2000, seed: 20250601 },
    );
    // The mutations reach deep into the parser, not just its first check.
    for (const expected of [
      'ok',
      'malformed',
      'bad-encoding',
      'unknown-key',
      'duplicate-key',
      'invalid-value',
      'out-of-range',
    ]) {
      expect(outcomes).toContain(expected);
    }
  });

  it("survives mutations of a seat card's seat, and names the seat when it refuses one", () => {
    const seatErrors = new Set<string>();
    const seated = sessionArb.filter((session) => session.seat !== undefined);
    fc.assert(
      fc.property(seated, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (session, mutations) => {
        const query = encodeJoin(session);
        const at = query.lastIndexOf('&h=');
        const tail = mutations.reduce(mutate, query.slice(at));
        const outcome = checkOutcome(query.slice(0, at) + tail);
        const result = decodeJoin(query.slice(0, at) + tail);
        if (!result.ok && result.error.params?.key === 'h') seatErrors.add(outcome);
      }),
      { numRuns: 1000, seed: 20250602 },
    );
    for (const expected of ['invalid-value', 'out-of-range', 'duplicate-key'])
      expect(seatErrors).toContain(expected);
  });

  it('survives hand-picked hostile links', () => {
    const hostile = [
      '__proto__=1',
      's=1&d=a.1&n=2&__proto__[x]=1',
      's=1&d=a.1&n=2&t=%',
      's=1&d=a.1&n=2&t=' + '%F0%9F%98%80'.repeat(81),
      's=' + '9'.repeat(2000),
      's=1&d=' + 'a.1,'.repeat(400) + '&n=2',
      'v=1&v=1&s=1&d=a.1&n=2',
      's=1&d=a.1&n=2&t=%C0%80',
      '&'.repeat(2048),
      '='.repeat(2049),
      's=1&d=a.1&n=2&cr=' + 'a/b,'.repeat(600),
      's=1&d=a.1&n=2&cc=a/b/c&cd=a',
      's=1&d=a.1&n=2&f=__proto__',
      's=1&d=a.1&n=2&cr=%2E%2E/%2E%2E',
      's=1&d=a.1&n=2&h=3',
      's=1&d=a.1&n=2&h=' + '9'.repeat(2000),
      's=1&d=a.1&n=2&h=__proto__',
      'h=1&s=1&d=a.1&n=abc',
    ];
    for (const query of hostile) checkOutcome(query);
  });
});
