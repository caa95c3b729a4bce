/** How an odd number of people is handled: one person sits out each round, or joins a pair as a trio. */
export type RotationMode = 'sit-out' | 'trio';

/** One meeting: the seat numbers (1-based, ascending) of the 2 people in a pair or 3 in a trio. */
export type Meeting = { readonly people: readonly number[] };

/** One round of a rotation. */
export type Round = {
  /** Round number, 1-based as the facilitator says it. */
  readonly number: number;
  /** Meetings ordered by their lowest seat number. */
  readonly meetings: readonly Meeting[];
  /** The seat that sits out this round (sit-out mode, odd count), else null. */
  readonly sittingOut: number | null;
};

/** Smallest and largest group a rotation accepts. */
export const MIN_PEOPLE = 2;
export const MAX_PEOPLE = 200;
