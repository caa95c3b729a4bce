import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTRUCTIONS } from '../../../src/domain/workshop/default-instructions.ts';
import { changeStepFormat, createStep } from '../../../src/domain/workshop/create-step.ts';
import { FORMAT_TABLE } from '../../../src/domain/workshop/exercise-formats.ts';
import type { RunSheet } from '../../../src/domain/workshop/run-sheet-types.ts';
import { createRunSheet } from '../../../src/domain/workshop/sheet-ops.ts';
import {
  addStep,
  duplicateStep,
  moveStep,
  removeStep,
  updateStep,
} from '../../../src/domain/workshop/step-ops.ts';
import { counterIds } from './support/run-sheet-arbitrary.ts';

/** Freezes a value and everything in it, so an operation that mutates its input throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const sheetOf = (n: number): RunSheet =>
  deepFreeze(
    createRunSheet(
      {
        title: { nb: 'Plan' },
        formats: Array.from({ length: n }, (_, i) => (i % 2 ? 'silent' : 'pair-talk')),
      },
      counterIds('s'),
    ),
  );
const ids = (sheet: RunSheet) => sheet.steps.map((s) => s.id);

describe('createStep / createRunSheet', () => {
  it('takes every id from the injected generator, sheet first', () => {
    const sheet = createRunSheet(
      { title: { nb: 'Plan' }, formats: ['speed-date', 'silent'] },
      counterIds('x'),
    );
    expect(sheet.id).toBe('x1');
    expect(ids(sheet)).toEqual(['x2', 'x3']);
  });

  it('gives a new step its format defaults and no cards', () => {
    const step = createStep('speed-date', () => 'a');
    expect(step).toEqual({
      id: 'a',
      format: 'speed-date',
      durationMs: FORMAT_TABLE['speed-date'].defaultDurationMs,
      rounds: 4,
      oddMode: 'sit-out',
      cards: { deckIds: [], categoryIds: [], cardRefs: [] },
      instructions: DEFAULT_INSTRUCTIONS['speed-date'],
    });
    expect(step.instructions).not.toBe(DEFAULT_INSTRUCTIONS['speed-date']);
    expect(createStep('silent', () => 'b')).not.toHaveProperty('rounds');
  });
});

describe('step operations', () => {
  it('addStep inserts at an index (clamped), at the end by default', () => {
    const sheet = sheetOf(2);
    const step = createStep('flip', () => 'new');
    expect(ids(addStep(sheet, step))).toEqual(['s2', 's3', 'new']);
    expect(ids(addStep(sheet, step, 0))).toEqual(['new', 's2', 's3']);
    expect(ids(addStep(sheet, step, 99))).toEqual(['s2', 's3', 'new']);
    expect(ids(addStep(sheet, step, -4))).toEqual(['new', 's2', 's3']);
    expect(ids(addStep(sheet, step, Number.NaN))).toEqual(['s2', 's3', 'new']);
  });

  it('removeStep drops one step and returns the same sheet for an unknown id', () => {
    const sheet = sheetOf(3);
    expect(ids(removeStep(sheet, 's3'))).toEqual(['s2', 's4']);
    expect(removeStep(sheet, 'nope')).toBe(sheet);
  });

  it('moveStep moves by index; keyboard moves past either end change nothing', () => {
    const sheet = sheetOf(4);
    expect(ids(moveStep(sheet, 0, 2))).toEqual(['s3', 's4', 's2', 's5']);
    expect(ids(moveStep(sheet, 3, 0))).toEqual(['s5', 's2', 's3', 's4']);
    expect(moveStep(sheet, 0, -1)).toBe(sheet);
    expect(moveStep(sheet, 3, 4)).toBe(sheet);
    expect(moveStep(sheet, 7, 0)).toBe(sheet);
    expect(moveStep(sheet, 1.5, 0)).toBe(sheet);
  });

  it('moveStep always keeps the same steps, and moving back undoes it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.nat(10), fc.nat(10), (n, a, b) => {
        const sheet = sheetOf(n);
        const from = a % n;
        const to = b % n;
        const moved = moveStep(sheet, from, to);
        expect([...ids(moved)].sort()).toEqual([...ids(sheet)].sort());
        expect(moved.steps[to]).toBe(sheet.steps[from]);
        expect(moveStep(moved, to, from).steps).toEqual(sheet.steps);
      }),
    );
  });

  it('duplicateStep puts a copy with a new id right after the original', () => {
    const sheet = sheetOf(3);
    const out = duplicateStep(sheet, 's3', () => 'copy');
    expect(ids(out)).toEqual(['s2', 's3', 'copy', 's4']);
    expect({ ...out.steps[2], id: 's3' }).toEqual(out.steps[1]);
    expect(duplicateStep(sheet, 'nope', () => 'copy')).toBe(sheet);
  });

  it('updateStep patches fields and merges card lists', () => {
    const sheet = sheetOf(2);
    const out = updateStep(sheet, 's2', {
      durationMs: 60_000,
      cards: { cardRefs: ['naervaer/naervaer-007'] },
    });
    expect(out.steps[0]).toMatchObject({
      durationMs: 60_000,
      cards: { deckIds: [], cardRefs: ['naervaer/naervaer-007'] },
    });
    expect(out.steps[1]).toBe(sheet.steps[1]);
    expect(updateStep(sheet, 'nope', { durationMs: 1 })).toBe(sheet);
  });

  it('updateStep sets a step’s audience, keeps it through other card changes, and clears it with null', () => {
    const sheet = sheetOf(1);
    const id = sheet.steps[0]!.id;
    const forReps = updateStep(sheet, id, { cards: { deckIds: ['ledelse'], audience: 'union-reps' } });
    expect(forReps.steps[0]?.cards).toEqual({
      deckIds: ['ledelse'],
      categoryIds: [],
      cardRefs: [],
      audience: 'union-reps',
    });
    const kept = updateStep(forReps, id, { cards: { categoryIds: ['ledelse/tid'] } });
    expect(kept.steps[0]?.cards.audience).toBe('union-reps');
    const cleared = updateStep(kept, id, { cards: { audience: null } });
    expect(cleared.steps[0]?.cards).toEqual({
      deckIds: ['ledelse'],
      categoryIds: ['ledelse/tid'],
      cardRefs: [],
    });
  });

  it('updateStep applies rounds and odd mode to speed-date steps only', () => {
    const sheet = deepFreeze(
      createRunSheet({ title: { nb: 'P' }, formats: ['speed-date', 'silent'] }, counterIds()),
    );
    const out = updateStep(updateStep(sheet, 'id-2', { rounds: null, oddMode: 'trio' }), 'id-3', {
      rounds: 3,
    });
    expect(out.steps[0]).toMatchObject({ rounds: null, oddMode: 'trio' });
    expect(out.steps[1]).not.toHaveProperty('rounds');
  });
});

describe('changing a step format', () => {
  it('moves untouched defaults to the new format and keeps what the facilitator edited', () => {
    const silent = createStep('silent', () => 'a');
    const asGroup = changeStepFormat(silent, 'group-work');
    expect(asGroup).toMatchObject({
      format: 'group-work',
      durationMs: 30 * 60_000,
      instructions: DEFAULT_INSTRUCTIONS['group-work'],
    });
    const edited = { ...silent, durationMs: 5 * 60_000, instructions: { nb: 'Egen tekst' } };
    expect(changeStepFormat(edited, 'pair-talk')).toMatchObject({
      durationMs: 5 * 60_000,
      instructions: { nb: 'Egen tekst' },
    });
  });

  it('adds speed-date fields when becoming speed-date and drops them when leaving it', () => {
    const speed = changeStepFormat(
      createStep('plenary', () => 'a'),
      'speed-date',
    );
    expect(speed).toMatchObject({ format: 'speed-date', rounds: 4, oddMode: 'sit-out' });
    const back = changeStepFormat(speed, 'flip');
    expect(back).not.toHaveProperty('rounds');
    expect(back).not.toHaveProperty('oddMode');
  });

  it('is reached through updateStep({ format })', () => {
    const sheet = sheetOf(1);
    expect(updateStep(sheet, 's2', { format: 'speed-date', rounds: 2 }).steps[0]).toMatchObject({
      format: 'speed-date',
      rounds: 2,
    });
  });
});
