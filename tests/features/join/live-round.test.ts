import { describe, expect, it } from 'vitest';
import type { JoinSession } from '../../../src/domain/join/join-session.ts';
import { createTimer } from '../../../src/domain/timer/timer-state.ts';
import { isRoundStep } from '../../../src/features/join/live-round.tsx';

const session = (extra: Partial<JoinSession>): JoinSession => ({
  v: 1,
  seed: 1,
  decks: [{ id: 'naervaer', version: 1 }],
  seats: 6,
  ...extra,
});
const at = (step: number, round: number) => ({ step, round, timer: createTimer(60_000) });

describe('when the phone shows a speed-date round of the big screen', () => {
  it("shows it for the link's speed-date step, and for any round past the first", () => {
    expect(isRoundStep(at(1, 0), session({ format: 'speed-date', step: 1 }))).toBe(true);
    expect(isRoundStep(at(4, 0), session({ format: 'speed-date' }))).toBe(true);
    expect(isRoundStep(at(3, 2), session({ format: 'silent', step: 0 }))).toBe(true);
  });

  it('shows only the step for another step in its first round', () => {
    expect(isRoundStep(at(2, 0), session({ format: 'speed-date', step: 1 }))).toBe(false);
    expect(isRoundStep(at(0, 0), session({ format: 'silent', step: 0 }))).toBe(false);
    expect(isRoundStep(at(0, 0), session({}))).toBe(false);
  });
});
