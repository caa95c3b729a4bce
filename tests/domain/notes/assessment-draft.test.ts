import { describe, expect, it } from 'vitest';
import {
  EMPTY_DRAFT,
  isEmptyDraft,
  parseAssessmentDraft,
} from '../../../src/domain/notes/assessment-draft.ts';
import { JOURNAL_LIMITS } from '../../../src/domain/notes/journal-backup.ts';

describe('a self-assessment draft read back from storage', () => {
  it('keeps the scores and notes given so far', () => {
    const draft = { scores: { okonomistyring: 3, samhandling: 5 }, notes: { samhandling: 'Mer sammen' } };
    expect(parseAssessmentDraft(JSON.stringify(draft))).toEqual(draft);
  });

  it('leaves out what is not a function, a score 1–5 or a note, and caps a note', () => {
    const raw = JSON.stringify({
      scores: { okonomistyring: 6, samhandling: '3', kvalitetsutvikling: 2, __proto__: 1, annet: 4 },
      notes: { okonomistyring: 42, samhandling: 'x'.repeat(JOURNAL_LIMITS.ratingNote + 10), annet: 'y' },
    });
    const draft = parseAssessmentDraft(raw);
    expect(draft.scores).toEqual({ kvalitetsutvikling: 2 });
    expect(Object.keys(draft.notes)).toEqual(['samhandling']);
    expect(draft.notes.samhandling).toHaveLength(JOURNAL_LIMITS.ratingNote);
  });

  it('reads nothing, damage or another shape as an empty draft', () => {
    for (const raw of [null, '', '{', 'null', '[]', '"text"', '{"scores":[3],"notes":null}'])
      expect(parseAssessmentDraft(raw), String(raw)).toEqual(EMPTY_DRAFT);
  });

  it('is empty without a score and without a note that has text', () => {
    expect(isEmptyDraft(EMPTY_DRAFT)).toBe(true);
    expect(isEmptyDraft({ scores: {}, notes: { samhandling: '' } })).toBe(true);
    expect(isEmptyDraft({ scores: { samhandling: 1 }, notes: {} })).toBe(false);
    expect(isEmptyDraft({ scores: {}, notes: { samhandling: 'a' } })).toBe(false);
  });
});
