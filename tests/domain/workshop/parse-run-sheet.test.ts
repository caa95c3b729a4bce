import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECK_ISSUE_CODES } from '../../../src/domain/deck/deck-issue.ts';
import { parseRunSheet, parseRunSheetText } from '../../../src/domain/workshop/parse-run-sheet.ts';
import { runSheetToJson } from '../../../src/domain/workshop/serialize-run-sheet.ts';
import { ANYTHING_SETTINGS } from './support/file-corpus.ts';
import { runSheetArb } from './support/run-sheet-arbitrary.ts';

const file = (overrides: Record<string, unknown> = {}) => ({
  type: 'kortstokk/run-sheet',
  format: 1,
  id: 'plan',
  title: { nb: 'Plan' },
  steps: [],
  ...overrides,
});

describe('parseRunSheet', () => {
  it('reads back exactly what runSheetToJson wrote, for any valid sheet', () => {
    fc.assert(
      fc.property(runSheetArb, (sheet) => {
        expect(parseRunSheetText(runSheetToJson(sheet))).toEqual({ ok: true, sheet });
      }),
      { numRuns: 300 },
    );
  });

  it('returns a fresh object, not the input', () => {
    const input = file();
    const result = parseRunSheet(input);
    expect(result.ok && result.sheet).not.toBe(input);
    expect(result).toEqual({ ok: true, sheet: { id: 'plan', title: { nb: 'Plan' }, steps: [] } });
  });

  it('reports every issue of a sheet with several faults, not just the first', () => {
    const result = parseRunSheet(file({ id: '', title: { nb: 'x', de: 'y' }, steps: {} }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'id:empty',
      'title.de:unknown-key',
      'steps:type',
    ]);
  });

  it('refuses a speed-date step with an unknown odd mode and a zero round count', () => {
    const step = {
      id: 's',
      format: 'speed-date',
      durationMs: 60_000,
      rounds: 0,
      oddMode: 'alone',
      cards: { deckIds: [], categoryIds: [], cardRefs: [] },
      instructions: { nb: 'x' },
    };
    const result = parseRunSheet(file({ steps: [step] }));
    expect(!result.ok && result.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'steps[0].rounds:integer-range',
      'steps[0].oddMode:pattern',
    ]);
  });

  it('reads a step’s audience and refuses one it does not know', () => {
    const step = (audience: unknown) => ({
      id: 's',
      format: 'group-work',
      durationMs: 60_000,
      cards: { deckIds: ['ledelse'], categoryIds: [], cardRefs: [], audience },
      instructions: { nb: 'x' },
    });
    const good = parseRunSheet(file({ steps: [step('union-reps')] }));
    expect(good.ok && good.sheet.steps[0]?.cards).toEqual({
      deckIds: ['ledelse'],
      categoryIds: [],
      cardRefs: [],
      audience: 'union-reps',
    });
    for (const bad of ['bosses', ['leaders'], null]) {
      const result = parseRunSheet(file({ steps: [step(bad)] }));
      expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['steps[0].cards.audience']);
    }
  });

  it('never throws on any value and only uses known codes', () => {
    const known = (value: unknown) => {
      const result = parseRunSheet(value);
      return (
        result.ok ||
        (result.issues.length > 0 && result.issues.every((i) => DECK_ISSUE_CODES.includes(i.code)))
      );
    };
    const anything = fc.anything({
      ...ANYTHING_SETTINGS,
      key: fc.oneof(
        fc.string(),
        fc.constantFrom('__proto__', 'constructor', 'steps', 'id', 'format', 'rounds'),
      ),
    });
    fc.assert(fc.property(anything, known), { numRuns: 1000 });
    const sheetish = fc.record({
      type: fc.constant('kortstokk/run-sheet'),
      format: fc.constant(1),
      id: fc.string(),
      title: anything,
      steps: fc.array(
        fc.record(
          {
            id: fc.jsonValue(),
            format: fc.constantFrom('speed-date', 'silent', 'x'),
            rounds: anything,
            oddMode: anything,
            cards: anything,
          },
          { requiredKeys: [] },
        ),
      ),
    });
    fc.assert(fc.property(sheetish, known), { numRuns: 500 });
  });

  it('never throws on random text or bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        expect(typeof parseRunSheetText(text).ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(typeof parseRunSheetText(bytes).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    const anything = fc.anything(ANYTHING_SETTINGS);
    fc.assert(
      fc.property(anything, (value) => {
        const result = parseRunSheetText(value as string);
        if (typeof value === 'string' || ArrayBuffer.isView(value)) expect(typeof result.ok).toBe('boolean');
        else expect(result).toEqual({ ok: false, issues: [{ path: '', code: 'not-json' }] });
      }),
      { numRuns: 300 },
    );
  });
});
