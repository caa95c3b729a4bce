import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extend, pause, reset, resume, start } from '../../../src/domain/timer/timer-actions.ts';
import { elapsed, progress, remaining, status } from '../../../src/domain/timer/timer-read.ts';
import { createTimer, totalMs, type TimerState } from '../../../src/domain/timer/timer-state.ts';
import { parseTimer, serializeTimer } from '../../../src/domain/timer/timer-storage.ts';

type Op =
  | { kind: 'advance'; ms: number }
  | { kind: 'start' | 'pause' | 'resume' | 'reset' | 'reload' }
  | { kind: 'extend'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 400_000 }) }),
  fc.record({
    kind: fc.constantFrom(
      'start' as const,
      'pause' as const,
      'resume' as const,
      'reset' as const,
      'reload' as const,
    ),
  }),
  fc.record({ kind: fc.constant('extend' as const), ms: fc.integer({ min: 1, max: 180_000 }) }),
);

function apply(t: TimerState, op: Op, now: number): TimerState {
  switch (op.kind) {
    case 'start':
      return start(t, now);
    case 'pause':
      return pause(t, now);
    case 'resume':
      return resume(t, now);
    case 'reset':
      return reset(t);
    case 'extend':
      return extend(t, op.ms, now);
    case 'reload':
      return parseTimer(serializeTimer(t)) ?? createTimer(1);
    case 'advance':
      return t;
  }
}

describe('timer under random operation sequences', () => {
  it('keeps remaining within [0, total], elapsed + remaining = total, and counts without drift', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600_000 }),
        fc.array(opArb, { maxLength: 40 }),
        (duration, ops) => {
          let t = createTimer(duration);
          let now = 1_700_000_000_000;
          for (const op of ops) {
            const before = remaining(t, now);
            const statusBefore = status(t, now);
            const totalBefore = totalMs(t);
            if (op.kind === 'advance') now += op.ms;
            t = apply(t, op, now);
            const left = remaining(t, now);
            const total = totalMs(t);
            expect(left).toBeGreaterThanOrEqual(0);
            expect(left).toBeLessThanOrEqual(total);
            expect(total).toBe(t.durationMs + t.extendedMs);
            if (status(t, now) !== 'finished') expect(elapsed(t, now) + left).toBe(total);
            else expect(left).toBe(0);
            const p = progress(t, now);
            expect(p >= 0 && p <= 1).toBe(true);
            if (op.kind === 'advance') {
              // Running time goes down by exactly the time that passed; anything else stands still.
              const expected = statusBefore === 'running' ? Math.max(0, before - op.ms) : before;
              expect(left).toBe(expected);
            }
            if (op.kind === 'reload') expect(left).toBe(before);
            if (op.kind === 'extend') {
              // «+1 min» adds exactly what was added (capped), also to a finished timer.
              expect(left).toBe(before + (total - totalBefore));
              if (statusBefore === 'finished' && total > totalBefore) expect(status(t, now)).toBe('running');
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
