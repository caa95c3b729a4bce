import { MAX_TIMER_MS, type TimerState } from './timer-state.ts';

/**
 * A timer is stored in sessionStorage/localStorage as self-describing JSON, so a reload mid-round
 * brings back the same remaining time. Anything that does not parse into a sound state is refused
 * (null), and the caller starts a fresh timer rather than trusting a damaged one.
 */

const TYPE = 'kortstokk/timer';
const VERSION = 1;
const KEYS = ['type', 'v', 'durationMs', 'extendedMs', 'startedAt', 'pausedAt', 'pausedTotalMs'];

/** The timer as a JSON string for storage. */
export function serializeTimer(t: TimerState): string {
  const { durationMs, extendedMs, startedAt, pausedAt, pausedTotalMs } = t;
  return JSON.stringify({
    type: TYPE,
    v: VERSION,
    durationMs,
    extendedMs,
    startedAt,
    pausedAt,
    pausedTotalMs,
  });
}

const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isTimeOrNull = (x: unknown): x is number | null => x === null || isTime(x);
const isInt = (x: unknown, min: number, max: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

/** Parses a stored timer; null when the text is not a valid timer of a known version. */
export function parseTimer(raw: string | null | undefined): TimerState | null {
  if (typeof raw !== 'string' || raw.length > 1000) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const keys = Object.keys(data);
  if (keys.length !== KEYS.length || !keys.every((k) => KEYS.includes(k))) return null;
  const o = data as Record<string, unknown>;
  if (o.type !== TYPE || o.v !== VERSION) return null;
  const { durationMs, extendedMs, startedAt, pausedAt, pausedTotalMs } = o;
  if (!isInt(durationMs, 1, MAX_TIMER_MS) || !isInt(extendedMs, 0, MAX_TIMER_MS - durationMs)) return null;
  if (!isTimeOrNull(startedAt) || !isTimeOrNull(pausedAt) || !isTime(pausedTotalMs) || pausedTotalMs < 0)
    return null;
  if (pausedAt !== null && (startedAt === null || pausedAt < startedAt)) return null;
  if (startedAt === null && pausedTotalMs !== 0) return null;
  return { durationMs, extendedMs, startedAt, pausedAt, pausedTotalMs };
}
