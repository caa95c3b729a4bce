import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nextCard,
  parseSession,
  serializeSession,
  startSession,
  withEntry,
} from '../../../src/features/solo/session-state.ts';

const REFS = ['ledelse/a', 'ledelse/b', 'framtid/c'];

describe('solo session', () => {
  it('draws every chosen card once before any comes back, then reshuffles', () => {
    let session = startSession(REFS, 7);
    const seen = [session.current];
    for (let i = 1; i < REFS.length; i += 1) {
      session = nextCard(withEntry(session, `e${i}`), 8);
      expect(session.entryId).toBeNull();
      seen.push(session.current);
    }
    expect([...seen].sort()).toEqual([...REFS].sort());
    const again = nextCard(session, 9);
    expect(again.pile.drawn).toHaveLength(1);
    expect(REFS).toContain(again.current);
  });

  it('is the same for the same seed', () => {
    expect(startSession(REFS, 42)).toEqual(startSession(REFS, 42));
  });

  it('survives storage: what is serialized parses back equal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.nat(5), (seed, steps) => {
        let session = withEntry(startSession(REFS, seed), 'entry-1');
        for (let i = 0; i < steps; i += 1) session = nextCard(session, seed + i);
        expect(parseSession(serializeSession(session))).toEqual(session);
      }),
    );
  });

  it('refuses damaged or foreign data instead of trusting it', () => {
    const good = JSON.parse(serializeSession(startSession(REFS, 1))) as Record<string, unknown>;
    const bad = [
      null,
      '',
      'not json',
      '[]',
      JSON.stringify({ ...good, type: 'other' }),
      JSON.stringify({ ...good, current: 'ledelse/unknown' }),
      JSON.stringify({ ...good, pile: { ...(good.pile as object), order: ['x/y'] } }),
      JSON.stringify({ ...good, pile: { ...(good.pile as object), seed: 'x' } }),
      JSON.stringify({ ...good, entryId: 5 }),
    ];
    for (const text of bad) expect(parseSession(text), String(text)).toBeNull();
  });
});
