/**
 * Who a card is written for. A card without an audience is for anyone; one with an audience lists
 * the groups it clearly speaks to. The one list of these values: the deck schema, the JSON Schema
 * (cards/deck.schema.json, kept in step by a test), the UI's filter and the tests all use it.
 */
export const AUDIENCES = ['leaders', 'employees', 'union-reps', 'elected-members'] as const;

/** One group a card may be written for. */
export type Audience = (typeof AUDIENCES)[number];

/** Returns true when value is one of the known audiences. */
export function isAudience(value: unknown): value is Audience {
  return (AUDIENCES as readonly unknown[]).includes(value);
}
