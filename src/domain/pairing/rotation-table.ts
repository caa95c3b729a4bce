import { canonicalCards } from '../deal/card-pool.ts';
import { cyclingDraw } from '../deal/cycling-draw.ts';
import { createRng, deriveSeed } from '../random/rng.ts';
import { rotation } from './rotation.ts';
import type { Meeting, RotationMode } from './rotation-types.ts';

/** What a seat does in one round. */
export type SeatEntry = {
  readonly seat: number;
  /** Who the seat meets (1 partner, 2 in a trio, none when sitting out). */
  readonly partners: readonly number[];
  /** 1-based index of the meeting in the round (a table or spot number), null when sitting out. */
  readonly meeting: number | null;
  /** The card the meeting talks about, null when sitting out or when there are no cards. */
  readonly card: string | null;
};

/** One printed row of the table: the round's card, its meetings, and every seat's entry. */
export type TableRound = {
  readonly round: number;
  /** One card per round, shared by every meeting, so the facilitator can project it. */
  readonly card: string | null;
  readonly meetings: readonly (Meeting & { readonly card: string | null })[];
  readonly sittingOut: number | null;
  /** seats[seat - 1] is that seat's entry. */
  readonly seats: readonly SeatEntry[];
};

export type RotationTable = {
  readonly people: number;
  readonly mode: RotationMode;
  readonly rounds: readonly TableRound[];
};

export type RotationTableOptions = {
  readonly people: number;
  readonly mode: RotationMode;
  readonly seed: number;
  readonly cardRefs: readonly string[];
};

/** The round × seat table with a card per round: no card repeats until all are used, never twice in a row. */
export function rotationTable(options: RotationTableOptions): RotationTable {
  const rounds = rotation(options);
  const rng = createRng(deriveSeed(options.seed, 'rotation'));
  const cards = cyclingDraw(canonicalCards(options.cardRefs), rng, rounds.length, () => 1);
  const tableRounds = rounds.map((round, r): TableRound => {
    const card = cards[r] ?? null;
    const seats: SeatEntry[] = Array.from({ length: options.people }, (_, i) => ({
      seat: i + 1,
      partners: [],
      meeting: null,
      card: null,
    }));
    round.meetings.forEach((m, j) => {
      for (const p of m.people) {
        seats[p - 1] = { seat: p, partners: m.people.filter((q) => q !== p), meeting: j + 1, card };
      }
    });
    return {
      round: round.number,
      card,
      meetings: round.meetings.map((m) => ({ people: m.people, card })),
      sittingOut: round.sittingOut,
      seats,
    };
  });
  return { people: options.people, mode: options.mode, rounds: tableRounds };
}

/** One seat's row across all rounds: what a participant's phone shows. */
export function seatSchedule(table: RotationTable, seat: number): SeatEntry[] {
  if (!Number.isInteger(seat) || seat < 1 || seat > table.people) throw new RangeError(`no seat ${seat}`);
  return table.rounds.map((r) => r.seats[seat - 1] as SeatEntry);
}
