import { dealHands } from '../../src/domain/deal/deal-hands.ts';
import { circleSchedule } from '../../src/domain/pairing/circle-method.ts';
import { rotationTable } from '../../src/domain/pairing/rotation-table.ts';
import { MAX_PEOPLE } from '../../src/domain/pairing/rotation-types.ts';
import { rotation } from '../../src/domain/pairing/rotation.ts';

/**
 * Timings of the pure domain work a facilitator's laptop and every phone do: dealing hands and
 * computing the speed-date rotation. Bundled for Node by scripts/bench.mjs (npm run bench) and
 * reported there as numbers; nothing here asserts a timing.
 */

/** One measured line: a median in ms, or why there is no number. */
export type BenchRow = {
  readonly what: string;
  readonly people: number;
  readonly medianMs: number | null;
  readonly runs: number;
  readonly note?: string;
};

const SEED = 20_140_507;
const CARDS_PER_SEAT = 3;
const BUDGET_MS = 400;
const MAX_RUNS = 200;
const WARM_UP = 3;

/** Median time of fn: a few warm-up runs, then as many runs as fit the budget (at least 5). */
export function timeIt(fn: () => unknown, now: () => number): { medianMs: number; runs: number } {
  for (let i = 0; i < WARM_UP; i += 1) fn();
  const times: number[] = [];
  const started = now();
  while (times.length < 5 || (times.length < MAX_RUNS && now() - started < BUDGET_MS)) {
    const t0 = now();
    fn();
    times.push(now() - t0);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)] ?? 0, runs: times.length };
}

function measure(what: string, people: number, fn: () => unknown, now: () => number): BenchRow {
  try {
    return { what, people, ...timeIt(fn, now) };
  } catch (error) {
    return { what, people, medianMs: null, runs: 0, note: `refused: ${(error as Error).message}` };
  }
}

/** Dealing and rotation for 10, 100 and 1,000 participants (rotation up to the domain's cap). */
export function runDomainBench(cardRefs: readonly string[], now: () => number): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const people of [10, 100, 1000]) {
    rows.push(
      measure(
        `dealHands (${CARDS_PER_SEAT} cards per seat)`,
        people,
        () => dealHands(cardRefs, { seed: SEED, seats: people, cardsPerSeat: CARDS_PER_SEAT }),
        now,
      ),
    );
  }
  for (const people of [10, 100, MAX_PEOPLE, 1000]) {
    rows.push(measure('rotation, sit-out', people, () => rotation({ people, mode: 'sit-out' }), now));
  }
  // Odd counts in trio mode: the trio joins are chosen greedily, the costliest path.
  for (const people of [11, 101, MAX_PEOPLE - 1]) {
    rows.push(measure('rotation, trio', people, () => rotation({ people, mode: 'trio' }), now));
  }
  for (const people of [10, 100, MAX_PEOPLE]) {
    rows.push(
      measure(
        'rotationTable (round × seat, a card per round)',
        people,
        () => rotationTable({ people, mode: 'sit-out', seed: SEED, cardRefs }),
        now,
      ),
    );
  }
  for (const people of [10, 100, 1000]) {
    rows.push(
      measure('circleSchedule (the circle method underneath)', people, () => circleSchedule(people), now),
    );
  }
  return rows;
}

/** The rotation's cap, for the report. */
export const ROTATION_CAP = MAX_PEOPLE;
