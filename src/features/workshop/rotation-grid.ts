import type { RotationTable, SeatEntry } from '../../domain/pairing/rotation-table.ts';

/** One printed row: a seat and what it does in each round shown. */
export type SeatRow = { readonly seat: number; readonly rounds: readonly SeatEntry[] };

/** The rotation as the printed table shows it: the first `limit` rounds, one row per seat. */
export type RotationGrid = {
  readonly rounds: readonly { readonly round: number; readonly card: string | null }[];
  readonly rows: readonly SeatRow[];
  /** Rounds in the whole rotation (the table may show fewer). */
  readonly totalRounds: number;
};

/**
 * Turns the round × seat table around so each participant finds their own row, keeping the
 * first `limit` rounds (all of them when limit is null or larger than the rotation).
 */
export function rotationGrid(table: RotationTable, limit: number | null): RotationGrid {
  const shown = table.rounds.slice(0, limit === null ? undefined : Math.max(0, limit));
  const rows = Array.from({ length: table.people }, (_, i) => ({
    seat: i + 1,
    rounds: shown.map((round) => round.seats[i] as SeatEntry),
  }));
  return {
    rounds: shown.map((r) => ({ round: r.round, card: r.card })),
    rows,
    totalRounds: table.rounds.length,
  };
}
