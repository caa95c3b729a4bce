import { describe, expect, it } from 'vitest';
import { VERKSTED_LEDELSE } from '../../../src/domain/workshop/template-verksted-ledelse.ts';
import { updateStep } from '../../../src/domain/workshop/step-ops.ts';
import { dropIndex } from '../../../src/features/workshop/drop-index.ts';
import { newText, withText } from '../../../src/features/workshop/localized-edit.ts';
import { COPY_SUFFIX, sheetFileName } from '../../../src/features/workshop/sheet-file.ts';
import { isSaveable } from '../../../src/features/workshop/sheet-valid.ts';

describe('dropIndex', () => {
  const mids = [50, 150, 250, 350];

  it('counts the other items whose middle lies above the pointer', () => {
    expect(dropIndex(mids, 3, 0)).toBe(0);
    expect(dropIndex(mids, 3, 149)).toBe(1);
    expect(dropIndex(mids, 0, 160)).toBe(1);
    expect(dropIndex(mids, 0, 1000)).toBe(3);
    expect(dropIndex(mids, 2, 240)).toBe(2);
  });

  it('leaves an item in place while the pointer stays between its neighbours', () => {
    for (let y = 151; y < 350; y += 10) expect(dropIndex(mids, 2, y)).toBe(2);
  });
});

describe('localized edits', () => {
  it('changes only the language being edited', () => {
    expect(withText({ nb: 'a', nn: 'b', en: 'c' }, 'nn', 'B')).toEqual({ nb: 'a', nn: 'B', en: 'c' });
    expect(withText({ nb: 'a' }, 'en', 'A')).toEqual({ nb: 'a', en: 'A' });
  });

  it('makes a new text that has the nb version the format requires', () => {
    expect(newText('nb', 'Plan')).toEqual({ nb: 'Plan' });
    expect(newText('en', 'Plan')).toEqual({ nb: 'Plan', en: 'Plan' });
  });
});

describe('sheet files', () => {
  it('names the download after the sheet id', () => {
    expect(sheetFileName(VERKSTED_LEDELSE)).toBe('kjoreplan-verksted-ledelse.json');
    expect(COPY_SUFFIX.nb).toBe('(kopi)');
  });

  it('saves only sheets that would validate when read back', () => {
    expect(isSaveable(VERKSTED_LEDELSE)).toBe(true);
    const step = VERKSTED_LEDELSE.steps[1]!;
    expect(isSaveable(updateStep(VERKSTED_LEDELSE, step.id, { instructions: { nb: '  ' } }))).toBe(false);
    expect(isSaveable(updateStep(VERKSTED_LEDELSE, step.id, { durationMs: 10 }))).toBe(false);
    expect(isSaveable({ ...VERKSTED_LEDELSE, title: { nb: 'x'.repeat(201) } })).toBe(false);
  });
});
