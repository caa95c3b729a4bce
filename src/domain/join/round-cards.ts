import type { CardRef } from '../deck/card-ref.ts';
import type { Deck } from '../deck/types.ts';
import { rotationTable, type RotationTable } from '../pairing/rotation-table.ts';
import type { SpeedDateStep } from '../workshop/run-sheet-types.ts';
import { resolveStepCards } from '../workshop/step-cards.ts';
import type { JoinSession, RoundCardChoice } from './join-session.ts';

/** A speed-date step holding only the link's card choice: resolveStepCards reads nothing else of it. */
const stepOf = (cards: RoundCardChoice, session: JoinSession): SpeedDateStep => ({
  id: 'join-link',
  format: 'speed-date',
  durationMs: 60_000,
  rounds: null,
  oddMode: session.mode ?? 'sit-out',
  cards,
  instructions: { nb: '' },
});

/**
 * The cards the speed-date rounds draw from, by the planner's rule: the step's card choice over
 * the session's decks only (a deck the device has but the session does not name never counts).
 * Empty when the link carries no card choice.
 */
export function linkRoundCards(session: JoinSession, decks: readonly Deck[]): CardRef[] {
  if (session.roundCards === undefined) return [];
  const used = decks.filter((deck) => session.decks.some((ref) => ref.id === deck.id));
  return resolveStepCards(stepOf(session.roundCards, session), used);
}

/** The session's speed-date rotation with a card per round: the table the planner prints. */
export function linkRotationTable(session: JoinSession, decks: readonly Deck[]): RotationTable {
  return rotationTable({
    people: session.seats,
    mode: session.mode ?? 'sit-out',
    seed: session.seed,
    cardRefs: linkRoundCards(session, decks),
  });
}
