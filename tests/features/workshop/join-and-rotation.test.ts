import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJoin } from '../../../src/domain/join/decode-join.ts';
import { rotationTable } from '../../../src/domain/pairing/rotation-table.ts';
import { shortCode } from '../../../src/domain/join/short-code.ts';
import type { RunSheet, Step, StepCards } from '../../../src/domain/workshop/run-sheet-types.ts';
import {
  joinSessionOf,
  speedDateLinkInfo,
  type WorkshopSession,
} from '../../../src/domain/workshop/workshop-session.ts';
import { displayUrl, joinUrl } from '../../../src/domain/join/join-url.ts';
import { rotationGrid } from '../../../src/features/workshop/rotation-grid.ts';
import { sessionCode } from '../../../src/features/workshop/session-summary.ts';

const SESSION: WorkshopSession = {
  id: 's1',
  sheetId: 'p1',
  title: 'Verksted: nærvær',
  seed: 2024,
  seats: 7,
  groups: 2,
  mode: 'sit-out',
  cardsPerSeat: 5,
  decks: [{ id: 'naervaer', version: 1 }],
  createdAt: 0,
};

describe('join link', () => {
  it('puts the join page and its fragment after the app address, and reads back as the session', () => {
    const url = joinUrl('https://kommune.example/kortstokk/', joinSessionOf(SESSION));
    expect(
      url.startsWith('https://kommune.example/kortstokk/join/#v=1&s=2024&d=naervaer.1&n=7&m=s&k=5&t='),
    ).toBe(true);
    const decoded = decodeJoin(new URL(url).hash.slice('#'.length));
    expect(decoded).toEqual({ ok: true, session: joinSessionOf(SESSION) });
  });

  it('shows the address without its scheme', () => {
    expect(displayUrl('https://a.example/#/join?s=1')).toBe('a.example/#/join?s=1');
    expect(displayUrl('http://localhost:4210/#/join?s=1')).toBe('localhost:4210/#/join?s=1');
  });

  it('gives a six-character code that changes with the session', () => {
    const code = sessionCode(SESSION);
    expect(code).toMatch(/^[A-HJ-NP-TV-Z2-9]{6}$/);
    expect(sessionCode({ ...SESSION })).toBe(code);
    expect(sessionCode({ ...SESSION, mode: 'trio' })).not.toBe(code);
    expect(sessionCode({ ...SESSION, seats: 1 })).toBeNull();
  });
});

describe('rotationGrid', () => {
  it('turns round × seat around into one row per seat, for the rounds asked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }),
        fc.constantFrom('sit-out' as const, 'trio' as const),
        fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
        (people, mode, limit) => {
          const table = rotationTable({ people, mode, seed: 1, cardRefs: ['d/a', 'd/b'] });
          const grid = rotationGrid(table, limit);
          const shown = limit === null ? table.rounds.length : Math.min(limit, table.rounds.length);
          expect(grid.totalRounds).toBe(table.rounds.length);
          expect(grid.rounds.map((r) => r.round)).toEqual(table.rounds.slice(0, shown).map((r) => r.round));
          expect(grid.rows).toHaveLength(people);
          grid.rows.forEach((row, i) => {
            expect(row.seat).toBe(i + 1);
            expect(row.rounds).toEqual(table.rounds.slice(0, shown).map((r) => r.seats[i]));
          });
        },
      ),
    );
  });
});

describe('speedDateLinkInfo', () => {
  const step = (format: 'speed-date' | 'silent', cards: StepCards): Step =>
    format === 'speed-date'
      ? {
          id: 'sd',
          format,
          durationMs: 1000,
          rounds: null,
          oddMode: 'sit-out',
          cards,
          instructions: { nb: '' },
        }
      : { id: 'q', format, durationMs: 1000, cards, instructions: { nb: '' } };
  const sheet = (...steps: Step[]): RunSheet => ({ id: 'p1', title: { nb: 'P' }, steps });
  const none: StepCards = { deckIds: [], categoryIds: [], cardRefs: [] };

  it("takes the first speed-date step's format and card choice; hand-picked cards drop the filters", () => {
    const info = speedDateLinkInfo(
      SESSION,
      sheet(
        step('silent', { ...none, deckIds: ['ledelse'] }),
        step('speed-date', { deckIds: ['naervaer'], categoryIds: [], cardRefs: ['naervaer/naervaer-001'] }),
      ),
    );
    expect(info).toEqual({
      format: 'speed-date',
      roundCards: { deckIds: [], categoryIds: [], cardRefs: ['naervaer/naervaer-001'] },
    });
    const url = joinUrl('https://k.example/', joinSessionOf(SESSION, undefined, info));
    expect(url).toMatch(/&k=5&t=[^&]+&f=speed-date&cr=naervaer\/naervaer-001$/);
    expect(sessionCode(SESSION)).toBe(shortCode(joinSessionOf(SESSION, undefined, info)));
  });

  it('leaves out what it cannot carry, and everything without a speed-date step', () => {
    expect(speedDateLinkInfo(SESSION, null)).toEqual({});
    expect(speedDateLinkInfo(SESSION, sheet(step('silent', { ...none, deckIds: ['a'] })))).toEqual({});
    expect(speedDateLinkInfo(SESSION, sheet(step('speed-date', none)))).toEqual({ format: 'speed-date' });
    const many = Array.from({ length: 200 }, (_, i) => `naervaer/naervaer-${i}`);
    expect(speedDateLinkInfo(SESSION, sheet(step('speed-date', { ...none, cardRefs: many })))).toEqual({
      format: 'speed-date',
    });
    const twice = speedDateLinkInfo(SESSION, sheet(step('speed-date', { ...none, deckIds: ['a', 'a'] })));
    expect(twice.roundCards?.deckIds).toEqual(['a']);
  });
});
