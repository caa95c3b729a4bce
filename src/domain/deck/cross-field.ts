import type { DeckIssue } from './deck-issue.ts';
import { formatIssuePath } from './issue-path.ts';
import { duplicateIdIssues, ownArray, ownString } from '../validation/cross-field-helpers.ts';

/**
 * Whole-deck rules a structural schema cannot state: unique card ids, unique category ids, every
 * card's category exists. Reads the raw input defensively so these are reported together with
 * structural issues, not only once the structure is fixed.
 */
export function crossFieldIssues(value: unknown): DeckIssue[] {
  const categories = ownArray(value, 'categories');
  const cards = ownArray(value, 'cards');
  const issues: DeckIssue[] = [];
  if (categories) issues.push(...duplicateIdIssues(categories, ['categories']));
  if (cards) issues.push(...duplicateIdIssues(cards, ['cards']));
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
