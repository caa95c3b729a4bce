import type * as v from 'valibot';
import type { DeckIssue } from './deck-issue.ts';
import { formatIssuePath } from './issue-path.ts';
import { decodeIssue } from './issue-message.ts';

/** Turns valibot issues from DeckSchema into deck issues (code + params + readable path). */
export function toDeckIssues(issues: readonly v.BaseIssue<unknown>[]): DeckIssue[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((item) =>
      typeof item.key === 'number' ? item.key : String(item.key),
    );
    const path = formatIssuePath(keys);
    // Every schema part carries an encoded code; a bare valibot message would mean a schema bug,
    // and 'type' is the least wrong thing to say then.
    const decoded = decodeIssue(issue.message) ?? { code: 'type' as const };
    return decoded.params
      ? { path, code: decoded.code, params: decoded.params }
      : { path, code: decoded.code };
  });
}

/** Drops repeats of the same code at the same path (valibot may report a rule twice). */
export function dedupeIssues(issues: readonly DeckIssue[]): DeckIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code}\u0000${issue.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Most issues returned for one deck; past it a final 'too-many-issues' says how many there were. */
export const MAX_ISSUES = 200;

/** Keeps the first MAX_ISSUES issues and appends 'too-many-issues' when some were left off. */
export function capIssues(issues: readonly DeckIssue[]): DeckIssue[] {
  if (issues.length <= MAX_ISSUES) return issues.slice();
  return [
    ...issues.slice(0, MAX_ISSUES),
    { path: '', code: 'too-many-issues', params: { shown: MAX_ISSUES, total: issues.length } },
  ];
}
