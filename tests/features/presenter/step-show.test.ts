import { describe, expect, it } from 'vitest';
import { rotationTable } from '../../../src/domain/pairing/rotation-table.ts';
import { VERKSTED_LEDELSE } from '../../../src/domain/workshop/template-verksted-ledelse.ts';
import type { Step } from '../../../src/domain/workshop/run-sheet-types.ts';
import type { WorkshopSession } from '../../../src/domain/workshop/workshop-session.ts';
import { roundsOf, speedDateTable, stepShow } from '../../../src/features/presenter/step-show.ts';
import { loadCardDecks } from './load-decks.ts';

const decks = loadCardDecks();
const [speedDate, silent, pairTalk, groupWork, plenary] = VERKSTED_LEDELSE.steps as Step[];

const session = (seats: number): WorkshopSession => ({
  id: 's1',
  sheetId: 'verksted-ledelse',
  title: 'Test',
  seed: 42,
  seats,
  groups: 4,
  mode: 'sit-out',
  cardsPerSeat: 3,
  decks: [{ id: 'naervaer', version: 1 }],
  createdAt: 0,
});

describe('what a step shows (seed 004)', () => {
  it('shows the speed-date card every round, the prompt card, the pair-talk card', () => {
    for (const round of [0, 1, 3]) {
      expect(stepShow(speedDate!, decks, round, null)).toEqual({
        layout: 'card',
        cards: ['naervaer/naervaer-001'],
        sittingOut: null,
      });
    }
    expect(stepShow(silent!, decks, 0, null).cards).toEqual(['naervaer/naervaer-006']);
    expect(stepShow(pairTalk!, decks, 0, null).cards).toEqual(['naervaer/naervaer-007']);
  });

  it('offers the four attendance themes to choose from, and no card in the plenary', () => {
    expect(stepShow(groupWork!, decks, 0, null)).toEqual({
      layout: 'choices',
      cards: [
        'naervaer/naervaer-002',
        'naervaer/naervaer-003',
        'naervaer/naervaer-004',
        'naervaer/naervaer-005',
      ],
      sittingOut: null,
    });
    expect(stepShow(plenary!, decks, 0, null).layout).toBe('none');
  });

  it('runs the planned rounds, or the full rotation of the group when the step says so', () => {
    expect(roundsOf(speedDate!, null)).toBe(4);
    expect(roundsOf(silent!, session(8))).toBe(1);
    const everyPair = { ...speedDate!, rounds: null } as Step;
    expect(roundsOf(everyPair, session(8))).toBe(7);
    expect(roundsOf(everyPair, session(9))).toBe(9);
    expect(roundsOf(everyPair, null)).toBe(4);
  });

  it("takes a group's round card and sit-out from the same rotation table the phones compute", () => {
    const manyCards = {
      ...speedDate!,
      cards: { deckIds: ['naervaer'], categoryIds: [], cardRefs: [] },
    } as Step;
    const group = session(7);
    const table = speedDateTable(manyCards, decks, group);
    const expected = rotationTable({
      people: 7,
      mode: 'sit-out',
      seed: 42,
      cardRefs: decks.find((d) => d.id === 'naervaer')!.cards.map((c) => `naervaer/${c.id}`),
    });
    expect(table).toEqual(expected);
    for (const round of [0, 1, 2]) {
      const show = stepShow(manyCards, decks, round, table);
      expect(show.cards).toEqual([expected.rounds[round]!.card]);
      expect(show.sittingOut).toBe(expected.rounds[round]!.sittingOut);
    }
    expect(speedDateTable(silent!, decks, group)).toBeNull();
    expect(speedDateTable(manyCards, decks, null)).toBeNull();
  });

  it('shows nothing for cards that are not loaded', () => {
    expect(stepShow(speedDate!, [], 0, null)).toEqual({ layout: 'none', cards: [], sittingOut: null });
  });
});
