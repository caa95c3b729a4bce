import * as v from 'valibot';
import { strictRecord } from '../deck/strict-record.ts';
import type { TimerState } from '../timer/timer-state.ts';
import { parseTimer, serializeTimer } from '../timer/timer-storage.ts';
import { intIn } from '../validation/schema-parts.ts';

/**
 * Where the presenter is, as every phone in the room reads it: the step, the round and the timer
 * as timestamps (never a countdown), so a phone that joins late or wakes from a locked screen
 * computes the same remaining time. The timer travels in its storage form (timer-storage.ts), the
 * same one the presenter's BroadcastChannel uses, so one parser checks it everywhere.
 */
export type PresenterRoomState = {
  /** 0-based run-sheet step. */
  readonly step: number;
  /** 0-based round within a speed-date step (0 for other formats). */
  readonly round: number;
  readonly timer: TimerState;
};

/** Highest step or round index accepted from the room. */
const MAX_INDEX = 10_000;

const PresenterStateSchema = strictRecord({
  step: intIn(0, MAX_INDEX),
  round: intIn(0, MAX_INDEX),
  timer: v.string(),
});

/** The plaintext of a presenter state. */
export function presenterStateToJson(state: PresenterRoomState): string {
  return JSON.stringify({ step: state.step, round: state.round, timer: serializeTimer(state.timer) });
}

/** The presenter state in a decrypted plaintext, or null when it is not a valid one. */
export function parsePresenterState(plaintext: string): PresenterRoomState | null {
  let value: unknown;
  try {
    value = JSON.parse(plaintext);
  } catch {
    return null;
  }
  const result = v.safeParse(PresenterStateSchema, value);
  if (!result.success) return null;
  const timer = parseTimer(result.output.timer);
  return timer === null ? null : { step: result.output.step, round: result.output.round, timer };
}
