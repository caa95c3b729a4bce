import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/domain/deck/types.ts';
import { DEFAULT_INSTRUCTIONS } from '../../../src/domain/workshop/default-instructions.ts';
import {
  EXERCISE_FORMATS,
  FORMAT_TABLE,
  isExerciseFormat,
} from '../../../src/domain/workshop/exercise-formats.ts';
import { RUN_SHEET_LIMITS } from '../../../src/domain/workshop/run-sheet-types.ts';

describe('format table', () => {
  it('describes exactly the six formats of DESIGN.md §1', () => {
    expect(Object.keys(FORMAT_TABLE).sort()).toEqual([...EXERCISE_FORMATS].sort());
    expect(EXERCISE_FORMATS).toHaveLength(6);
    expect(isExerciseFormat('flip')).toBe(true);
    expect(isExerciseFormat('meditation')).toBe(false);
  });

  it('makes the silent moment two calm minutes without ticking, and only it', () => {
    expect(FORMAT_TABLE.silent).toMatchObject({ defaultDurationMs: 120_000, ticking: false, calm: true });
    const others = EXERCISE_FORMATS.filter((f) => f !== 'silent');
    expect(others.every((f) => FORMAT_TABLE[f].ticking && !FORMAT_TABLE[f].calm)).toBe(true);
  });

  it('counts rounds with rotating pairs for speed-date only', () => {
    expect(EXERCISE_FORMATS.filter((f) => FORMAT_TABLE[f].rounds)).toEqual(['speed-date']);
    expect(FORMAT_TABLE['speed-date'].grouping).toBe('rotating-pairs');
  });

  it('lets groups choose a theme card in group work and brings two key points back from pair talk', () => {
    expect(FORMAT_TABLE['group-work'].cardUse).toBe('choose-theme');
    expect(FORMAT_TABLE['pair-talk'].keyPoints).toBe(2);
    expect(FORMAT_TABLE.flip.cardUse).toBe('flip');
  });

  it('has default durations a run-sheet file accepts', () => {
    for (const format of EXERCISE_FORMATS) {
      const ms = FORMAT_TABLE[format].defaultDurationMs;
      expect(ms).toBeGreaterThanOrEqual(RUN_SHEET_LIMITS.minDurationMs);
      expect(ms).toBeLessThanOrEqual(RUN_SHEET_LIMITS.maxDurationMs);
    }
  });
});

describe('default instructions', () => {
  it('exist for every format in nb, nn and en, within the instruction limit', () => {
    for (const format of EXERCISE_FORMATS) {
      for (const lang of LANGS) {
        const text = DEFAULT_INSTRUCTIONS[format][lang];
        expect(text?.trim(), `${format}.${lang}`).toBeTruthy();
        expect(text!.length).toBeLessThanOrEqual(RUN_SHEET_LIMITS.instructions);
      }
    }
  });

  it('are written out in nynorsk, not copied from bokmål', () => {
    // Every nynorsk text that is more than a single word differs from its bokmål twin.
    for (const format of EXERCISE_FORMATS) {
      expect(DEFAULT_INSTRUCTIONS[format].nn, format).not.toBe(DEFAULT_INSTRUCTIONS[format].nb);
    }
    const nn = EXERCISE_FORMATS.map((f) => DEFAULT_INSTRUCTIONS[f].nn).join(' ');
    for (const bokmal of [' hver ', ' hva ', ' ikke ', ' jobber ', ' notatene '])
      expect(nn).not.toContain(bokmal);
  });

  it('keep the wording of the sources', () => {
    expect(DEFAULT_INSTRUCTIONS['pair-talk'].nb).toMatch(/sidemannen.*to viktige momenter/);
    expect(DEFAULT_INSTRUCTIONS['group-work'].nb).toMatch(/[Vv]elg et tema/);
    expect(DEFAULT_INSTRUCTIONS.flip.nb).toMatch(/Snu diskusjonen på hodet/);
  });
});
