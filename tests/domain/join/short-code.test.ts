import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { JoinSession } from '../../../src/domain/join/join-session.ts';
import { SHORT_CODE_ALPHABET, shortCode } from '../../../src/domain/join/short-code.ts';
import { sessionArb } from './join-arbitraries.ts';

const session: JoinSession = { v: 1, seed: 42, decks: [{ id: 'ledelse', version: 1 }], seats: 10 };

describe('shortCode', () => {
  it('is six characters from the unambiguous alphabet', () => {
    expect(SHORT_CODE_ALPHABET).not.toMatch(/[01ILOU]/);
    fc.assert(
      fc.property(sessionArb, (s) => {
        expect(shortCode(s)).toMatch(new RegExp(`^[${SHORT_CODE_ALPHABET}]{6}$`));
      }),
    );
  });

  it('is the same for the same session and changes with it', () => {
    expect(shortCode({ ...session })).toBe(shortCode(session));
    const others = [
      { ...session, seed: 43 },
      { ...session, seats: 11 },
      { ...session, decks: [{ id: 'ledelse', version: 2 }] },
      { ...session, mode: 'trio' as const },
    ].map(shortCode);
    expect(new Set([shortCode(session), ...others]).size).toBe(5);
  });

  it("ignores the step's format and card choice: the notes wall knows only the group", () => {
    const withStep = {
      ...session,
      format: 'speed-date' as const,
      roundCards: { deckIds: [], categoryIds: [], cardRefs: ['ledelse/a'] },
    };
    expect(shortCode(withStep)).toBe(shortCode(session));
  });

  it('ignores the seat: every seat card of a session shows the same code', () => {
    for (const seat of [1, 2, 10]) expect(shortCode({ ...session, seat })).toBe(shortCode(session));
    fc.assert(
      fc.property(sessionArb, (s) => {
        const { seat: _seat, ...plain } = s;
        expect(shortCode(s)).toBe(shortCode(plain));
      }),
    );
  });

  it('spreads over many seeds without collisions in a small sample', () => {
    const codes = new Set(Array.from({ length: 2000 }, (_, seed) => shortCode({ ...session, seed })));
    expect(codes.size).toBe(2000);
  });
});
