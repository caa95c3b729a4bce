import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock } from '../../../src/components/timer/format-clock.ts';

describe('formatClock', () => {
  it('shows mm:ss, counting partial seconds up', () => {
    expect(formatClock(120_000)).toBe('02:00');
    expect(formatClock(59_001)).toBe('01:00');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-5)).toBe('00:00');
    expect(formatClock(3_600_000 + 61_000)).toBe('1:01:01');
  });

  it('round-trips to whole seconds for any time up to a day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_400_000 }), (ms) => {
        const parts = formatClock(ms).split(':').map(Number);
        const seconds = parts.reduce((acc, p) => acc * 60 + p, 0);
        expect(seconds).toBe(Math.ceil(ms / 1000));
      }),
    );
  });
});
