import type { DeckIssue } from './deck-issue.ts';
import { formatIssuePath } from './issue-path.ts';
import { isPlainRecord } from './strict-record.ts';
import { duplicateIdIssues, ownArray, ownString } from '../validation/cross-field-helpers.ts';

/**
 * Whole-deck rules a structural schema cannot state: unique card, category and source ids, every
 * card's category exists, every card's source.doc names a described source. Reads the raw input
 * defensively so these are reported together with structural issues, not only once the structure
 * is fixed.
 */
export function crossFieldIssues(value: unknown): DeckIssue[] {
  const categories = ownArray(value, 'categories');
  const sources = ownArray(value, 'sources');
  const cards = ownArray(value, 'cards');
  const issues: DeckIssue[] = [];
  if (categories) issues.push(...duplicateIdIssues(categories, ['categories']));
  if (sources) issues.push(...duplicateIdIssues(sources, ['sources']));
  if (cards) issues.push(...duplicateIdIssues(cards, ['cards']));
  if (cards) issues.push(...unknownCategoryIssues(categories, cards), ...unknownSourceIssues(value, cards));
  return issues;
}

function unknownCategoryIssues(categories: unknown[] | null, cards: unknown[]): DeckIssue[] {
  const categoryIds = categories?.map((category) => ownString(category, 'id'));
  // With a category lacking its id we cannot tell which card meant it: say nothing rather than guess.
  if (!categoryIds || categoryIds.includes(null)) return [];
  const known = new Set(categoryIds);
  const issues: DeckIssue[] = [];
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

function unknownSourceIssues(deck: unknown, cards: unknown[]): DeckIssue[] {
  // No `sources` at all means none are described: every doc is unknown. A `sources` that is not a
  // list, or a source lacking its id, is a structural fault reported elsewhere: say nothing more.
  const hasSources = isPlainRecord(deck) && Object.hasOwn(deck, 'sources');
  const sources = ownArray(deck, 'sources');
  if (hasSources && !sources) return [];
  const sourceIds = (sources ?? []).map((source) => ownString(source, 'id'));
  if (sourceIds.includes(null)) return [];
  const known = new Set(sourceIds);
  const issues: DeckIssue[] = [];
  cards.forEach((card, index) => {
    const source = isPlainRecord(card) && Object.hasOwn(card, 'source') ? card.source : null;
    const doc = ownString(source, 'doc');
    if (doc !== null && !known.has(doc)) {
      issues.push({
        path: formatIssuePath(['cards', index, 'source', 'doc']),
        code: 'unknown-source',
        params: { doc },
      });
    }
  });
  return issues;
}
