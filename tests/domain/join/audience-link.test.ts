import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck/types.ts';
import { decodeJoin } from '../../../src/domain/join/decode-join.ts';
import { encodeJoin } from '../../../src/domain/join/encode-join.ts';
import { linkRoundCards } from '../../../src/domain/join/round-cards.ts';
import type { RunSheet, SpeedDateStep, StepCards } from '../../../src/domain/workshop/run-sheet-types.ts';
import { resolveStepCards } from '../../../src/domain/workshop/step-cards.ts';
import {
  joinSessionOf,
  speedDateLinkInfo,
  type WorkshopSession,
} from '../../../src/domain/workshop/workshop-session.ts';

// «Hvem er kortet for?» in a planned speed-date step must reach every phone (`ca`), or the phones
// would show round cards the planner left out.

const deck: Deck = {
  id: 'ledelse',
  version: 2,
  title: { nb: 'Ledelse' },
  description: { nb: 'L' },
  categories: [{ id: 'tid', label: { nb: 'Tid' } }],
  cards: [
    { id: 'alle', category: 'tid', text: { nb: 'For alle?' } },
    { id: 'ledere', category: 'tid', text: { nb: 'For ledere?' }, audience: ['leaders'] },
    { id: 'tillit', category: 'tid', text: { nb: 'For tillitsvalgte?' }, audience: ['union-reps'] },
  ],
};

const SESSION: WorkshopSession = {
  id: 's1',
  sheetId: 'p1',
  title: 'Verksted',
  seed: 7,
  seats: 6,
  groups: 1,
  mode: 'sit-out',
  cardsPerSeat: 3,
  decks: [{ id: 'ledelse', version: 2 }],
  createdAt: 0,
};

const speedDate = (cards: StepCards): SpeedDateStep => ({
  id: 'sd',
  format: 'speed-date',
  durationMs: 60_000,
  rounds: null,
  oddMode: 'sit-out',
  cards,
  instructions: { nb: '' },
});
const sheetWith = (cards: StepCards): RunSheet => ({
  id: 'p1',
  title: { nb: 'P' },
  steps: [speedDate(cards)],
});

describe('the audience of a speed-date step in the join link', () => {
  it('travels as ca= with the filters, after the card choice and before a seat, and reads back', () => {
    const cards: StepCards = { deckIds: ['ledelse'], categoryIds: [], cardRefs: [], audience: 'leaders' };
    const info = speedDateLinkInfo(SESSION, sheetWith(cards));
    expect(info.roundCards).toEqual({
      deckIds: ['ledelse'],
      categoryIds: [],
      cardRefs: [],
      audience: 'leaders',
    });
    const session = { ...joinSessionOf(SESSION, undefined, info), seat: 4 };
    const query = encodeJoin(session);
    expect(query).toMatch(/&f=speed-date&cd=ledelse&ca=leaders&h=4$/);
    expect(decodeJoin(query)).toEqual({ ok: true, session });
  });

  it('gives the phones the very cards the planner shows, for each audience', () => {
    for (const audience of ['leaders', 'union-reps', 'employees'] as const) {
      const cards: StepCards = { deckIds: ['ledelse'], categoryIds: [], cardRefs: [], audience };
      const planned = resolveStepCards(speedDate(cards), [deck]);
      const link = encodeJoin(
        joinSessionOf(SESSION, undefined, speedDateLinkInfo(SESSION, sheetWith(cards))),
      );
      const decoded = decodeJoin(link);
      if (!decoded.ok) throw new Error(decoded.error.code);
      expect(linkRoundCards(decoded.session, [deck])).toEqual(planned);
    }
    expect(
      resolveStepCards(
        speedDate({ deckIds: ['ledelse'], categoryIds: [], cardRefs: [], audience: 'leaders' }),
        [deck],
      ),
    ).toEqual(['ledelse/alle', 'ledelse/ledere']);
  });

  it('stays out of the link when the step has hand-picked cards or no audience', () => {
    const picked = speedDateLinkInfo(
      SESSION,
      sheetWith({ deckIds: [], categoryIds: [], cardRefs: ['ledelse/tillit'], audience: 'leaders' }),
    );
    expect(picked.roundCards).toEqual({ deckIds: [], categoryIds: [], cardRefs: ['ledelse/tillit'] });
    const everyone = speedDateLinkInfo(
      SESSION,
      sheetWith({ deckIds: ['ledelse'], categoryIds: [], cardRefs: [] }),
    );
    expect(encodeJoin(joinSessionOf(SESSION, undefined, everyone))).not.toContain('ca=');
  });
});
