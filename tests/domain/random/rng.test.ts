import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng, deriveSeed, randomInt } from '../../../src/domain/random/rng.ts';
import { shuffle } from '../../../src/domain/random/shuffle.ts';

describe('createRng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
  });

  it('stays within [0, 1) and randomInt within [0, n)', () => {
    fc.assert(
      fc.property(fc.nat(0xffffffff), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const rng = createRng(seed);
        for (let i = 0; i < 20; i += 1) {
          const x = rng();
          if (x < 0 || x >= 1) return false;
          const k = randomInt(rng, n);
          if (k < 0 || k >= n || !Number.isInteger(k)) return false;
        }
        return true;
      }),
    );
  });

  it('derives different seeds for different labels', () => {
    expect(deriveSeed(1, 'deal')).not.toBe(deriveSeed(1, 'pairs'));
    expect(deriveSeed(1, 'deal')).toBe(deriveSeed(1, 'deal'));
  });
});

describe('shuffle', () => {
  it('is a permutation and leaves the input untouched', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.nat(), (items, seed) => {
        const copy = items.slice();
        const out = shuffle(items, createRng(seed));
        expect(items).toEqual(copy);
        expect(out.slice().sort((x, y) => x - y)).toEqual(copy.sort((x, y) => x - y));
      }),
    );
  });

  it('is deterministic for a seed', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(shuffle(items, createRng(7))).toEqual(shuffle(items, createRng(7)));
    expect(shuffle(items, createRng(7))).not.toEqual(items);
  });
});
