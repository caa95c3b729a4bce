import type { DeckRef, JoinSession, RoundCardChoice } from '../join/join-session.ts';
import { validateSession } from '../join/validate-session.ts';
import type { RotationMode } from '../pairing/rotation-types.ts';
import type { ExerciseFormat } from './exercise-formats.ts';
import type { RunSheet, SpeedDateStep } from './run-sheet-types.ts';

/**
 * One run of a run-sheet with a group: what the facilitator set up in the room. The deal and
 * the speed-date rotation are pure functions of seed, seats, mode and decks, so phones that
 * join by link compute exactly the same hands and partners.
 */
export interface WorkshopSession {
  readonly id: string;
  readonly sheetId: string;
  /** Shown to participants (at most 80 characters). */
  readonly title: string;
  readonly seed: number;
  /** Participants (seats), 2..200. */
  readonly seats: number;
  /** Groups for group work, 1..50. */
  readonly groups: number;
  readonly mode: RotationMode;
  /** Cards dealt to each seat, 1..20. */
  readonly cardsPerSeat: number;
  /** The decks in use, with the content version the facilitator has. */
  readonly decks: readonly DeckRef[];
  readonly createdAt: number;
}

/** What a join link may say about its step: the format (instructions) and the speed-date card choice. */
export type JoinStepInfo = {
  readonly format?: ExerciseFormat;
  readonly roundCards?: RoundCardChoice;
};

/** The part of a session a join link carries, opened at the given run-sheet step. */
export function joinSessionOf(session: WorkshopSession, step?: number, info?: JoinStepInfo): JoinSession {
  return {
    v: 1,
    seed: session.seed,
    decks: session.decks,
    seats: session.seats,
    mode: session.mode,
    cards: session.cardsPerSeat,
    ...(step === undefined ? {} : { step }),
    ...(session.title ? { title: session.title.slice(0, 80) } : {}),
    ...(info?.format === undefined ? {} : { format: info.format }),
    ...(info?.roundCards === undefined ? {} : { roundCards: info.roundCards }),
  };
}

const unique = (items: readonly string[]): string[] => [...new Set(items)];

/**
 * The step info for a session's join link: the plan's first speed-date step (the one the rotation
 * table shows by default), its format and its card choice, so phones show each round's card. The
 * card choice is left out when it is empty or cannot be carried (too many cards for a link), and
 * the phone then falls back to «see the big screen». Empty without a speed-date step.
 */
export function speedDateLinkInfo(session: WorkshopSession, sheet: RunSheet | null): JoinStepInfo {
  const step = sheet?.steps.find((s): s is SpeedDateStep => s.format === 'speed-date');
  if (!step) return {};
  // Hand-picked cards win over the filters (step-cards.ts), so the filters need not travel then.
  const picked = unique(step.cards.cardRefs);
  const roundCards: RoundCardChoice =
    picked.length > 0
      ? { deckIds: [], categoryIds: [], cardRefs: picked }
      : {
          deckIds: unique(step.cards.deckIds),
          categoryIds: unique(step.cards.categoryIds),
          cardRefs: [],
          // The phones narrow the filters to the same audience, so every round's card matches.
          ...(step.cards.audience === undefined ? {} : { audience: step.cards.audience }),
        };
  const withCards = joinSessionOf(session, undefined, { format: step.format, roundCards });
  return validateSession(withCards) === null ? { format: step.format, roundCards } : { format: step.format };
}
