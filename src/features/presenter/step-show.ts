import type { CardRef } from '../../domain/deck/card-ref.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { rotationTable, type RotationTable } from '../../domain/pairing/rotation-table.ts';
import { FORMAT_TABLE, SPEED_DATE_DEFAULTS } from '../../domain/workshop/exercise-formats.ts';
import type { Step } from '../../domain/workshop/run-sheet-types.ts';
import { resolveStepCards } from '../../domain/workshop/step-cards.ts';
import { speedDateRounds } from '../../domain/workshop/total-duration.ts';
import type { WorkshopSession } from '../../domain/workshop/workshop-session.ts';

/** What the projector shows for a step (and round): one card, cards to choose from, or none. */
export type StepShow = {
  readonly layout: 'card' | 'choices' | 'none';
  readonly cards: readonly CardRef[];
  /** The seat that sits out this speed-date round, when the group and its rotation are known. */
  readonly sittingOut: number | null;
};

/**
 * Rounds a step runs: the speed-date step's own count, or the full rotation for the session's
 * group; without a group (a sheet or template presented alone) the planner's default. 1 otherwise.
 */
export function roundsOf(step: Step, session: WorkshopSession | null): number {
  if (step.format !== 'speed-date') return 1;
  return speedDateRounds(step, session?.seats) ?? SPEED_DATE_DEFAULTS.rounds ?? 1;
}

/**
 * The speed-date rotation of the session's group with the step's cards (the same table the
 * participants' phones compute), or null without a group or for another format.
 */
export function speedDateTable(
  step: Step,
  decks: readonly Deck[],
  session: WorkshopSession | null,
): RotationTable | null {
  if (step.format !== 'speed-date' || !session) return null;
  try {
    return rotationTable({
      people: session.seats,
      mode: session.mode,
      seed: session.seed,
      // Only the session's decks, exactly as the printed table and the phones compute it.
      cardRefs: resolveStepCards(
        step,
        decks.filter((d) => session.decks.some((ref) => ref.id === d.id)),
      ),
    });
  } catch {
    return null; // a group size the rotation refuses: show the cards without a rotation
  }
}

/** What the step shows in round `round` (0-based); `table` is speedDateTable's result. */
export function stepShow(
  step: Step,
  decks: readonly Deck[],
  round: number,
  table: RotationTable | null,
): StepShow {
  const cards = resolveStepCards(step, decks);
  const use = FORMAT_TABLE[step.format].cardUse;
  if (use === 'notes' || cards.length === 0) return { layout: 'none', cards: [], sittingOut: null };
  if (use === 'choose-theme') return { layout: 'choices', cards, sittingOut: null };
  if (use === 'one-per-round') {
    const row = table && table.rounds.length > 0 ? table.rounds[round % table.rounds.length] : undefined;
    const card = (row?.card as CardRef | null | undefined) ?? cards[round % cards.length];
    return { layout: 'card', cards: card ? [card] : [], sittingOut: row?.sittingOut ?? null };
  }
  return { layout: 'card', cards: cards.slice(0, 1), sittingOut: null };
}

/** The deck and card a ref names, when loaded. */
export function findCard(decks: readonly Deck[], ref: string) {
  const slash = ref.indexOf('/');
  const deck = decks.find((d) => d.id === ref.slice(0, slash));
  const card = deck?.cards.find((c) => c.id === ref.slice(slash + 1));
  return deck && card ? { deck, card } : null;
}
