/** A seeded pseudo-random generator: returns floats in [0, 1). Same seed, same sequence. */
export type Rng = () => number;

/** Largest seed accepted anywhere (fits in a URL and in 32 bits). */
export const MAX_SEED = 0xffffffff;

/** Creates a sfc32 generator from a 32-bit seed (mixed by splitmix32 so nearby seeds diverge). */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const next32 = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = next32();
  let b = next32();
  let c = next32();
  let d = next32();
  const rng: Rng = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i += 1) rng();
  return rng;
}

/** Returns an integer in [0, n) drawn from rng. */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** Derives a child seed from a seed and a label, so independent streams stay reproducible. */
export function deriveSeed(seed: number, label: string): number {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < label.length; i += 1) {
    h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  }
  return h;
}
