import { describe, expect, it } from 'vitest';
import { joinQuery } from '../../../src/domain/join/join-query.ts';
import { JOIN_LIMITS, type JoinSession } from '../../../src/domain/join/join-session.ts';
import { validateSession } from '../../../src/domain/join/validate-session.ts';
import { VERKSTED_LEDELSE } from '../../../src/domain/workshop/template-verksted-ledelse.ts';
import { joinSessionOf, type WorkshopSession } from '../../../src/domain/workshop/workshop-session.ts';
import { groupJoin, seatCardJoin, seatNumbers } from '../../../src/domain/workshop/group-join.ts';

const WORKSHOP: WorkshopSession = {
  id: 's1',
  sheetId: VERKSTED_LEDELSE.id,
  title: 'Nærværsverksted',
  seed: 2024,
  seats: 12,
  groups: 3,
  mode: 'sit-out',
  cardsPerSeat: 4,
  decks: [{ id: 'naervaer', version: 1 }],
  createdAt: 0,
};

/** A group link two characters under the length cap: `&h=12` no longer fits, the link itself does. */
function nearTheCap(): JoinSession {
  const cardRefs = Array.from({ length: 28 }, (_, i) => `naervaer/${String(i).padEnd(60, 'x')}`);
  const { title: _title, ...base }: JoinSession = {
    ...joinSessionOf(WORKSHOP),
    format: 'speed-date',
    roundCards: { deckIds: [], categoryIds: [], cardRefs },
  };
  const room = JOIN_LIMITS.maxLinkChars - 2 - joinQuery(base).length - '&t='.length;
  const join = { ...base, title: 'T'.repeat(room) };
  expect(joinQuery(join)).toHaveLength(JOIN_LIMITS.maxLinkChars - 2);
  return join;
}

describe('groupJoin', () => {
  it("is the session view's link: the first speed-date step's format and card choice", () => {
    expect(groupJoin(WORKSHOP, VERKSTED_LEDELSE)).toEqual({
      ...joinSessionOf(WORKSHOP),
      format: 'speed-date',
      roundCards: { deckIds: [], categoryIds: [], cardRefs: ['naervaer/naervaer-001'] },
    });
    expect(groupJoin(WORKSHOP, null)).toEqual(joinSessionOf(WORKSHOP));
  });

  it('is null for a group that cannot be a link', () => {
    expect(groupJoin({ ...WORKSHOP, seats: 1 }, VERKSTED_LEDELSE)).toBeNull();
  });
});

describe('seatCardJoin', () => {
  it('keeps the group link when every seat fits in it', () => {
    const join = groupJoin(WORKSHOP, VERKSTED_LEDELSE)!;
    expect(seatCardJoin(join)).toBe(join);
  });

  it('drops the card choice for every card when the longest seat would not fit', () => {
    const join = nearTheCap();
    expect(validateSession(join)).toBeNull();
    expect(validateSession({ ...join, seat: 12 })).toEqual({ code: 'too-long' });
    const cards = seatCardJoin(join)!;
    expect(cards.roundCards).toBeUndefined();
    expect(cards.format).toBe('speed-date');
    for (const seat of seatNumbers(join.seats)) expect(validateSession({ ...cards, seat })).toBeNull();
  });
});

describe('seatNumbers', () => {
  it('counts the seats from 1', () => {
    expect(seatNumbers(3)).toEqual([1, 2, 3]);
    expect(seatNumbers(200)).toHaveLength(200);
  });
});

describe('groupJoin with a live room', () => {
  const ROOM = {
    id: 'AAAAAAAAAAAAAAAAAAAAAA',
    key: 'A'.repeat(43),
    facilitatorKey: `BA${'A'.repeat(85)}`,
  };

  it('carries the room in the link, and nothing of it without one', () => {
    expect(groupJoin(WORKSHOP, VERKSTED_LEDELSE, ROOM)).toEqual({
      ...groupJoin(WORKSHOP, VERKSTED_LEDELSE),
      room: ROOM,
    });
    expect(groupJoin(WORKSHOP, VERKSTED_LEDELSE, null)).toEqual(groupJoin(WORKSHOP, VERKSTED_LEDELSE));
  });

  it('keeps the room and drops the card choice when both no longer fit the length cap', () => {
    const withRefs = (count: number) => ({
      ...VERKSTED_LEDELSE,
      steps: VERKSTED_LEDELSE.steps.map((s) =>
        s.format === 'speed-date'
          ? {
              ...s,
              cards: {
                deckIds: [],
                categoryIds: [],
                cardRefs: Array.from({ length: count }, (_, i) => `naervaer/${String(i).padEnd(60, 'x')}`),
              },
            }
          : s,
      ),
    });
    // The most hand-picked cards a plain link still carries: one more card (70 letters) would not fit.
    let count = 40;
    while (groupJoin(WORKSHOP, withRefs(count))?.roundCards === undefined) count -= 1;
    const live = groupJoin(WORKSHOP, withRefs(count), ROOM);
    expect(live?.room).toEqual(ROOM);
    expect(live?.roundCards).toBeUndefined();
    expect(live?.format).toBe('speed-date');
  });
});
