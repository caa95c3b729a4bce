import { describe, expect, it } from 'vitest';
import { MAX_SEED } from '../../src/domain/random/rng.ts';
import { randomSeed } from '../../src/lib/random-seed.ts';

describe('randomSeed', () => {
  it('gives whole numbers the domain accepts as seeds, not the same one every time', () => {
    const seeds = Array.from({ length: 50 }, randomSeed);
    for (const seed of seeds) {
      expect(Number.isInteger(seed)).toBe(true);
      expect(seed).toBeGreaterThanOrEqual(0);
      expect(seed).toBeLessThanOrEqual(MAX_SEED);
    }
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
});
