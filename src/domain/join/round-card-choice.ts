import { isAudience } from '../deck/audience.ts';
import { joinError, type JoinError } from './join-errors.ts';
import { JOIN_LIMITS as L, type JoinKey, type RoundCardChoice } from './join-session.ts';

/** The three lists of a card choice, with their link key, item pattern and most items. */
export const ROUND_CARD_LISTS = [
  { field: 'deckIds', key: 'cd', pattern: L.deckIdPattern, max: L.maxRoundDeckIds },
  { field: 'categoryIds', key: 'cc', pattern: L.categoryFilterPattern, max: L.maxRoundCategoryIds },
  { field: 'cardRefs', key: 'cr', pattern: L.cardRefPattern, max: L.maxRoundCardRefs },
] as const satisfies readonly {
  field: keyof Omit<RoundCardChoice, 'audience'>;
  key: JoinKey;
  pattern: RegExp;
  max: number;
}[];

type ListRule = (typeof ROUND_CARD_LISTS)[number];
type RoundListField = ListRule['field'];

/** Why one list of a card choice cannot go in a link; null when it can. Duplicates are refused: one choice, one spelling. */
export function roundListError(items: unknown, rule: ListRule): JoinError | null {
  if (!Array.isArray(items)) return joinError('invalid-value', { key: rule.key });
  if (items.length > rule.max) return joinError('out-of-range', { key: rule.key, min: 1, max: rule.max });
  const seen = new Set<string>();
  for (const item of items as unknown[]) {
    if (typeof item !== 'string' || !rule.pattern.test(item) || seen.has(item))
      return joinError('invalid-value', { key: rule.key });
    seen.add(item);
  }
  return null;
}

/**
 * Why a card choice cannot go in a link (bad item, too many, all lists empty, an unknown audience
 * or one beside hand-picked cards); null when it can.
 */
export function roundCardsError(choice: unknown): JoinError | null {
  if (typeof choice !== 'object' || choice === null) return joinError('invalid-value', { key: 'cd' });
  const lists = choice as Partial<Record<keyof RoundCardChoice, unknown>>;
  for (const rule of ROUND_CARD_LISTS) {
    const error = roundListError(lists[rule.field], rule);
    if (error !== null) return error;
  }
  // An empty choice is no choice: the link leaves the keys out instead.
  const empty = ROUND_CARD_LISTS.every((rule) => (lists[rule.field] as unknown[]).length === 0);
  if (empty) return joinError('invalid-value', { key: 'cd' });
  return audienceError(choice as RoundCardChoice);
}

/** An audience narrows filters only: it must be a known one, and never beside hand-picked cards. */
function audienceError(choice: RoundCardChoice): JoinError | null {
  if (!Object.hasOwn(choice, 'audience')) return null;
  return isAudience(choice.audience) && choice.cardRefs.length === 0
    ? null
    : joinError('invalid-value', { key: 'ca' });
}

/**
 * Reads `cd`, `cc` and `cr` (comma-separated) and `ca` into a card choice; undefined when none is
 * given. An audience without a card choice is refused (validateSession checks the rest).
 */
export function parseRoundCards(
  values: ReadonlyMap<JoinKey, string>,
): { ok: true; value: RoundCardChoice | undefined } | { ok: false; error: JoinError } {
  const audience = values.get('ca');
  if (audience !== undefined && !isAudience(audience))
    return { ok: false, error: joinError('invalid-value', { key: 'ca' }) };
  if (ROUND_CARD_LISTS.every((rule) => !values.has(rule.key)))
    return audience === undefined
      ? { ok: true, value: undefined }
      : { ok: false, error: joinError('invalid-value', { key: 'ca' }) };
  const lists: Record<RoundListField, string[]> = { deckIds: [], categoryIds: [], cardRefs: [] };
  for (const rule of ROUND_CARD_LISTS) {
    const raw = values.get(rule.key);
    if (raw === undefined) continue;
    const items = raw.split(',');
    const error = roundListError(items, rule);
    if (error !== null) return { ok: false, error };
    lists[rule.field] = items;
  }
  return { ok: true, value: audience === undefined ? lists : { ...lists, audience } };
}
