/** A fresh 32-bit seed (0..2^32-1) from the browser's cryptographic random source (the domain takes numbers). */
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}
