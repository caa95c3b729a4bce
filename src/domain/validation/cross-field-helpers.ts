import type { DeckIssue } from '../deck/deck-issue.ts';
import { formatIssuePath } from '../deck/issue-path.ts';
import { isPlainRecord } from '../deck/strict-record.ts';

// Cross-field rules read the raw input defensively, so they run (and report) even when the
// structure has other faults: a user fixing a file sees every problem at once.

/** The array at value[key] if value is a record holding one, else null. */
export function ownArray(value: unknown, key: string): unknown[] | null {
  if (!isPlainRecord(value) || !Object.hasOwn(value, key)) return null;
  const field = value[key];
  return Array.isArray(field) ? field : null;
}

/** The string at item[key] if item is a record holding one, else null. */
export function ownString(item: unknown, key: string): string | null {
  if (!isPlainRecord(item) || !Object.hasOwn(item, key)) return null;
  const field = item[key];
  return typeof field === 'string' ? field : null;
}

/** Reports items whose id repeats an earlier item's id; path names the list, e.g. `steps[3].id`. */
export function duplicateIdIssues(
  list: readonly unknown[],
  listPath: readonly (string | number)[],
): DeckIssue[] {
  const firstIndex = new Map<string, number>();
  const issues: DeckIssue[] = [];
  list.forEach((item, index) => {
    const id = ownString(item, 'id');
    if (id === null) return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else
      issues.push({
        path: formatIssuePath([...listPath, index, 'id']),
        code: 'duplicate-id',
        params: { id, firstIndex: first },
      });
  });
  return issues;
}
