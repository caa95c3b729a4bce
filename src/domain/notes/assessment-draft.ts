import {
  JOURNAL_LIMITS,
  LEADERSHIP_FUNCTIONS,
  type LeadershipFunction,
  type Rating,
} from './journal-backup.ts';

/** A self-assessment being filled in: the scores and notes given so far. */
export type AssessmentDraft = {
  readonly scores: Partial<Record<LeadershipFunction, Rating['score']>>;
  readonly notes: Partial<Record<LeadershipFunction, string>>;
};

export const EMPTY_DRAFT: AssessmentDraft = { scores: {}, notes: {} };

const isScore = (x: unknown): x is Rating['score'] => x === 1 || x === 2 || x === 3 || x === 4 || x === 5;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** Whether nothing has been given yet (no score, no note with text). */
export const isEmptyDraft = (draft: AssessmentDraft): boolean =>
  Object.keys(draft.scores).length === 0 && Object.values(draft.notes).every((note) => !note);

/**
 * A stored draft read back: only the six functions, scores 1–5 and notes within the journal's
 * limit are kept; anything else (damaged or tampered storage) is left out, never an error.
 */
export function parseAssessmentDraft(raw: string | null): AssessmentDraft {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? 'null');
  } catch {
    return EMPTY_DRAFT;
  }
  if (!isObject(value)) return EMPTY_DRAFT;
  const scores: Partial<Record<LeadershipFunction, Rating['score']>> = {};
  const notes: Partial<Record<LeadershipFunction, string>> = {};
  for (const key of LEADERSHIP_FUNCTIONS) {
    const score = isObject(value.scores) ? value.scores[key] : undefined;
    const note = isObject(value.notes) ? value.notes[key] : undefined;
    if (isScore(score)) scores[key] = score;
    if (typeof note === 'string' && note !== '') notes[key] = note.slice(0, JOURNAL_LIMITS.ratingNote);
  }
  return { scores, notes };
}
