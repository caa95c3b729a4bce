import type { DeckIssue } from './deck-issue.ts';
import { formatIssuePath } from './issue-path.ts';
import { isPlainRecord } from './strict-record.ts';

/** Returns the array at value[key] if value is a record holding one, else null. */
function ownArray(value: unknown, key: string): unknown[] | null {
  if (!isPlainRecord(value) || !Object.hasOwn(value, key)) return null;
  const field = value[key];
  return Array.isArray(field) ? field : null;
}

/** Returns the string at item[key] if item is a record holding one, else null. */
function ownString(item: unknown, key: string): string | null {
  if (!isPlainRecord(item) || !Object.hasOwn(item, key)) return null;
  const field = item[key];
  return typeof field === 'string' ? field : null;
}

/** Reports ids that repeat an earlier item's id in the list at listKey. */
function duplicateIds(list: unknown[], listKey: string): DeckIssue[] {
  const firstIndex = new Map<string, number>();
  const issues: DeckIssue[] = [];
  list.forEach((item, index) => {
    const id = ownString(item, 'id');
    if (id === null) return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else
      issues.push({
        path: formatIssuePath([listKey, index, 'id']),
        code: 'duplicate-id',
        params: { id, firstIndex: first },
      });
  });
  return issues;
}

/**
 * Whole-deck rules a structural schema cannot state: unique card ids, unique category ids, every
 * card's category exists. Reads the raw input defensively so these are reported together with
 * structural issues, not only once the structure is fixed.
 */
export function crossFieldIssues(value: unknown): DeckIssue[] {
  const categories = ownArray(value, 'categories');
  const cards = ownArray(value, 'cards');
  const issues: DeckIssue[] = [];
  if (categories) issues.push(...duplicateIds(categories, 'categories'));
  if (cards) issues.push(...duplicateIds(cards, 'cards'));
  const categoryIds = categories?.map((category) => ownString(category, 'id'));
  // With a category lacking its id we cannot tell which card meant it: say nothing rather than guess.
  if (!cards || !categoryIds || categoryIds.includes(null)) return issues;
  const known = new Set(categoryIds);
  cards.forEach((card, index) => {
    const category = ownString(card, 'category');
    if (category !== null && !known.has(category)) {
      issues.push({
        path: formatIssuePath(['cards', index, 'category']),
        code: 'unknown-category',
        params: { category },
      });
    }
  });
  return issues;
}
