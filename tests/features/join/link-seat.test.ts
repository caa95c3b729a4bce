// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJoin } from '../../../src/domain/join/decode-join.ts';
import { encodeJoin } from '../../../src/domain/join/encode-join.ts';
import type { JoinSession } from '../../../src/domain/join/join-session.ts';
import { seatlessQuery, sessionHref } from '../../../src/features/join/link-seat.ts';
import { seatStart } from '../../../src/lib/seat-memory.ts';

const SESSION: JoinSession = { v: 1, seed: 42, decks: [{ id: 'naervaer', version: 1 }], seats: 8, cards: 4 };

describe('seatStart', () => {
  it('opens with the remembered seat when the link names none', () => {
    expect(seatStart(null, undefined)).toEqual({ choice: null, fromLink: false });
    expect(seatStart({ seat: 2, name: 'Kari' }, undefined)).toEqual({
      choice: { seat: 2, name: 'Kari' },
      fromLink: false,
    });
  });

  it("lets the link's seat win over a remembered one, keeping the phone owner's name", () => {
    expect(seatStart(null, 3)).toEqual({ choice: { seat: 3 }, fromLink: true });
    expect(seatStart({ seat: 3, name: 'Kari' }, 3)).toEqual({
      choice: { seat: 3, name: 'Kari' },
      fromLink: true,
    });
    expect(seatStart({ seat: 5, name: 'Kari' }, 3)).toEqual({
      choice: { seat: 3, name: 'Kari' },
      fromLink: true,
      previous: 5,
    });
    expect(seatStart({ seat: 5 }, 3)).toEqual({ choice: { seat: 3 }, fromLink: true, previous: 5 });
  });
});

describe('sessionHref', () => {
  it("is the session's plain link: the seat is dropped, everything else kept", () => {
    expect(sessionHref({ ...SESSION, seat: 3 })).toBe('/join/#v=1&s=42&d=naervaer.1&n=8&k=4');
    expect(sessionHref(SESSION)).toBe(`/join/#${encodeJoin(SESSION)}`);
  });
});

describe('seatlessQuery', () => {
  it('drops every seat part and keeps the rest as it was', () => {
    expect(seatlessQuery('v=1&s=42&d=naervaer.1&n=8&h=0')).toBe('v=1&s=42&d=naervaer.1&n=8');
    expect(seatlessQuery('?h=tre&v=1&s=42&d=naervaer.1&n=8')).toBe('v=1&s=42&d=naervaer.1&n=8');
    expect(seatlessQuery('v=1&h=2&s=42&h=3&d=naervaer.1&n=8')).toBe('v=1&s=42&d=naervaer.1&n=8');
  });

  it('is null when there is no seat to drop, or nothing else left', () => {
    expect(seatlessQuery('v=1&s=42&d=naervaer.1&n=8')).toBeNull();
    expect(seatlessQuery('h=1')).toBeNull();
    expect(seatlessQuery('v=1&sh=1&H=2')).toBeNull();
  });

  it('turns any refused seat of a valid link back into the valid link (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }).filter((raw) => !raw.includes('&')),
        (raw) => {
          const query = `${encodeJoin(SESSION)}&h=${raw}`;
          const rest = seatlessQuery(query);
          expect(rest).toBe(encodeJoin(SESSION));
          expect(decodeJoin(rest ?? '')).toEqual({ ok: true, session: SESSION });
        },
      ),
    );
  });
});
