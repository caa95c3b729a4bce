import type { DeckIssue } from '../deck/deck-issue.ts';
import { formatIssuePath } from '../deck/issue-path.ts';
import { isPlainRecord } from '../deck/strict-record.ts';
import { duplicateIdIssues, ownArray, ownString } from '../validation/cross-field-helpers.ts';

const SPEED_DATE_ONLY = ['rounds', 'oddMode'] as const;

/** Speed-date steps must say rounds and oddMode; other steps must not carry them. */
function speedDateFieldIssues(step: unknown, index: number): DeckIssue[] {
  const format = ownString(step, 'format');
  if (format === null || !isPlainRecord(step)) return [];
  const issues: DeckIssue[] = [];
  for (const key of SPEED_DATE_ONLY) {
    const path = formatIssuePath(['steps', index, key]);
    const has = Object.hasOwn(step, key);
    if (format === 'speed-date' && !has) issues.push({ path, code: 'required' });
    if (format !== 'speed-date' && has) issues.push({ path, code: 'unknown-key', params: { key } });
  }
  return issues;
}

/** Whole-sheet rules the structural schema cannot state: unique step ids, speed-date-only fields. */
export function runSheetCrossFieldIssues(value: unknown): DeckIssue[] {
  const steps = ownArray(value, 'steps');
  if (!steps) return [];
  return [...duplicateIdIssues(steps, ['steps']), ...steps.flatMap(speedDateFieldIssues)];
}
