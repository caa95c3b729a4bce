import { describe, expect, it } from 'vitest';
import { parseRunSheet } from '../../../src/domain/workshop/parse-run-sheet.ts';
import { RUN_SHEET_LIMITS, type RunSheet } from '../../../src/domain/workshop/run-sheet-types.ts';
import {
  createRunSheet,
  duplicateRunSheet,
  runSheetFromTemplate,
  updateRunSheet,
} from '../../../src/domain/workshop/sheet-ops.ts';
import { getTemplate } from '../../../src/domain/workshop/templates.ts';
import { counterIds } from './support/run-sheet-arbitrary.ts';
import { runSheetToJson } from '../../../src/domain/workshop/serialize-run-sheet.ts';

const COPY = { nb: '(kopi)', nn: '(kopi)', en: '(copy)' };
const asFile = (sheet: RunSheet) => JSON.parse(runSheetToJson(sheet)) as unknown;

describe('run-sheet operations', () => {
  it('createRunSheet makes a valid, possibly empty, plan', () => {
    const empty = createRunSheet({ title: { nb: 'Tom' } }, counterIds());
    expect(empty).toEqual({ id: 'id-1', title: { nb: 'Tom' }, steps: [] });
    expect(parseRunSheet(asFile(empty)).ok).toBe(true);
    const full = createRunSheet(
      {
        title: { nb: 'Alt' },
        description: { nb: 'Om' },
        formats: ['speed-date', 'silent', 'pair-talk', 'group-work', 'flip', 'plenary'],
      },
      counterIds(),
    );
    expect(parseRunSheet(asFile(full))).toEqual({ ok: true, sheet: full });
  });

  it('updateRunSheet changes the title and adds or removes the description', () => {
    const sheet = createRunSheet({ title: { nb: 'A' } }, counterIds());
    const described = updateRunSheet(sheet, { description: { nb: 'Om' } });
    expect(described).toMatchObject({ title: { nb: 'A' }, description: { nb: 'Om' } });
    expect(updateRunSheet(described, { title: { nb: 'B' }, description: null })).toEqual({
      id: 'id-1',
      title: { nb: 'B' },
      steps: [],
    });
  });

  it('duplicateRunSheet copies under a new id and suffixes each title language the sheet has', () => {
    const sheet = createRunSheet({ title: { nb: 'Plan', en: 'Plan' }, formats: ['silent'] }, counterIds());
    const copy = duplicateRunSheet(sheet, 'copy-1', COPY);
    expect(copy).toEqual({ ...sheet, id: 'copy-1', title: { nb: 'Plan (kopi)', en: 'Plan (copy)' } });
    expect(copy.steps[0]).not.toBe(sheet.steps[0]);
    expect(duplicateRunSheet(sheet, 'c', { nb: '(kopi)' }).title.en).toBe('Plan (kopi)');
  });

  it('duplicateRunSheet keeps a long title within the limit so the copy still validates', () => {
    const sheet = createRunSheet({ title: { nb: 'x'.repeat(RUN_SHEET_LIMITS.title) } }, counterIds());
    const copy = duplicateRunSheet(sheet, 'c', COPY);
    expect([...copy.title.nb].length).toBe(RUN_SHEET_LIMITS.title);
    expect(copy.title.nb.endsWith(' (kopi)')).toBe(true);
    expect(parseRunSheet(asFile(copy)).ok).toBe(true);
  });

  it('runSheetFromTemplate gives an equal sheet with its own id and no shared objects', () => {
    const template = getTemplate('verksted-ledelse')!;
    const mine = runSheetFromTemplate(template, 'mitt-verksted');
    expect(mine).toEqual({ ...template, id: 'mitt-verksted' });
    expect(mine.steps[0]).not.toBe(template.steps[0]);
  });
});
