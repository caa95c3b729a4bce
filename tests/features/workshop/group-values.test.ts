import { describe, expect, it } from 'vitest';
import { MAX_SEED } from '../../../src/domain/random/rng.ts';
import type { Deck } from '../../../src/domain/deck/types.ts';
import { VERKSTED_LEDELSE } from '../../../src/domain/workshop/template-verksted-ledelse.ts';
import { defaultGroupValues } from '../../../src/features/workshop/group-defaults.ts';
import {
  formValuesOf,
  readGroupForm,
  type GroupFormValues,
} from '../../../src/features/workshop/group-values.ts';
import { decksOfSheet } from '../../../src/features/workshop/sheet-decks.ts';
import { FRAMTID_45 } from '../../../src/domain/workshop/template-framtid-45.ts';

const AVAILABLE = [
  { id: 'naervaer', version: 3 },
  { id: 'ledelse', version: 1 },
];
const VALUES: GroupFormValues = {
  title: ' Verksted ',
  seats: '7',
  groups: '2',
  cardsPerSeat: '5',
  seed: '2024',
  mode: 'trio',
  deckIds: ['naervaer'],
};

describe('readGroupForm', () => {
  it('gives the settings with the deck versions this device has', () => {
    expect(readGroupForm(VALUES, AVAILABLE)).toEqual({
      ok: true,
      settings: {
        title: 'Verksted',
        seats: 7,
        groups: 2,
        cardsPerSeat: 5,
        seed: 2024,
        mode: 'trio',
        decks: [{ id: 'naervaer', version: 3 }],
      },
    });
  });

  it('reports every bad field at once', () => {
    const result = readGroupForm(
      {
        ...VALUES,
        title: 'a\nb',
        seats: '1',
        groups: 'x',
        cardsPerSeat: '21',
        seed: String(MAX_SEED + 1),
        deckIds: [],
      },
      AVAILABLE,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field)).toEqual([
      'title',
      'seats',
      'groups',
      'cardsPerSeat',
      'seed',
      'decks',
    ]);
    expect(result.errors.find((e) => e.field === 'seats')?.params).toEqual({ min: 2, max: 200 });
  });

  it('never allows more groups than people', () => {
    const result = readGroupForm({ ...VALUES, seats: '4', groups: '5' }, AVAILABLE);
    expect(result.ok ? null : result.errors).toEqual([
      { field: 'groups', code: 'integer-range', params: { min: 1, max: 4 } },
    ]);
  });

  it('accepts the limits and an empty title', () => {
    const result = readGroupForm(
      { ...VALUES, title: '', seats: '200', groups: '50', cardsPerSeat: '20', seed: String(MAX_SEED) },
      AVAILABLE,
    );
    expect(result.ok).toBe(true);
  });

  it('refuses numbers written in other ways', () => {
    for (const seats of ['', ' ', '-7', '7.0', '1e1', '+7', 'sju'])
      expect(readGroupForm({ ...VALUES, seats }, AVAILABLE).ok, seats).toBe(false);
  });

  it('drops decks this device does not have, and refuses more than 8', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ id: `d${i}`, version: 1 }));
    expect(readGroupForm({ ...VALUES, deckIds: ['gone'] }, AVAILABLE).ok).toBe(false);
    expect(readGroupForm({ ...VALUES, deckIds: many.map((d) => d.id) }, many).ok).toBe(false);
  });

  it('reads back the values of a saved session', () => {
    const read = readGroupForm(VALUES, AVAILABLE);
    if (!read.ok) throw new Error('expected valid');
    const session = { id: 's', sheetId: 'p', createdAt: 0, ...read.settings };
    expect(readGroupForm(formValuesOf(session), AVAILABLE)).toEqual(read);
  });
});

describe('group defaults', () => {
  const decks = ['framtid', 'naervaer', 'ledelse'].map((id): Deck => ({
    id,
    version: 2,
    title: { nb: id },
    description: { nb: id },
    categories: [],
    cards: [],
  }));

  it('names the decks a plan uses, in order of first use', () => {
    expect(decksOfSheet(VERKSTED_LEDELSE)).toEqual(['naervaer']);
    expect(decksOfSheet(FRAMTID_45)).toEqual(['framtid']);
  });

  it('starts from the plan: its title, its decks, its speed-date mode, the seed given', () => {
    expect(defaultGroupValues(VERKSTED_LEDELSE, decks, 'en', 99)).toEqual({
      title: 'Leadership workshop: attendance',
      seats: '12',
      groups: '3',
      cardsPerSeat: '5',
      seed: '99',
      mode: 'sit-out',
      deckIds: ['naervaer'],
    });
  });

  it('cuts a long title to what a link carries, and falls back to the first deck', () => {
    const long = { ...VERKSTED_LEDELSE, title: { nb: 'å'.repeat(120) }, steps: [] };
    const values = defaultGroupValues(long, decks, 'nb', 1);
    expect([...values.title]).toHaveLength(80);
    expect(values.deckIds).toEqual(['framtid']);
    expect(readGroupForm(values, decks).ok).toBe(true);
  });
});
