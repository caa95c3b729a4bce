import { checkInteger, dealChunks } from './deal-chunks.ts';

/** What a group deal depends on; its own seed stream, so seat deals and group deals stay independent. */
export type GroupDealOptions = {
  readonly seed: number;
  /** Number of groups; groups are numbered 1..groups. */
  readonly groups: number;
  /** Theme cards per group (default 1); capped at the number of distinct cards. */
  readonly cardsPerGroup?: number;
};

/** Assigns theme cards to groups the way dealHands deals to seats; result[group - 1] is that group's cards. */
export function dealGroups(cardRefs: readonly string[], options: GroupDealOptions): string[][] {
  const perGroup = options.cardsPerGroup ?? 1;
  checkInteger('groups', options.groups, 1);
  checkInteger('cardsPerGroup', perGroup, 0);
  return dealChunks(cardRefs, options.seed, 'groups', options.groups, perGroup);
}
