/** How a merge went, counted per incoming item. */
export interface MergeCounts {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

/**
 * Merges incoming items into existing ones by id: a new id is appended, an item that `wins` over
 * the one held replaces it in place, anything else is left as it was. Idempotent as long as
 * `wins` is a strict order (an item never wins over itself).
 */
export function mergeById<T extends { readonly id: string }>(
  existing: readonly T[],
  incoming: readonly T[],
  wins: (candidate: T, current: T) => boolean,
): MergeCounts & { items: T[] } {
  const items = [...existing];
  const index = new Map<string, number>();
  items.forEach((item, i) => index.set(item.id, i));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const item of incoming) {
    const at = index.get(item.id);
    const current = at === undefined ? undefined : items[at];
    if (at === undefined || current === undefined) {
      index.set(item.id, items.length);
      items.push(item);
      added += 1;
    } else if (wins(item, current)) {
      items[at] = item;
      updated += 1;
    } else unchanged += 1;
  }
  return { items, added, updated, unchanged };
}
