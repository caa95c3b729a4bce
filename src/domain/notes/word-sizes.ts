import type { WordCount } from './word-counts.ts';

/** A word of the cloud with the font size it is drawn in. */
export type SizedWord = WordCount & { readonly size: number };

/**
 * Font sizes for a word cloud: the most frequent word gets `max`, a word met once `min`, and the
 * rest in between by the square root of their count, so that a word's area (not its height)
 * grows with how often it was written. Sizes are whole pixels.
 */
export function wordSizes(words: readonly WordCount[], min: number, max: number): SizedWord[] {
  const top = words.reduce((m, w) => Math.max(m, w.count), 0);
  if (top <= 1) return words.map((w) => ({ ...w, size: Math.round(top === 1 ? (min + max) / 2 : min) }));
  const span = Math.sqrt(top) - 1;
  return words.map((w) => ({
    ...w,
    size: Math.round(min + ((max - min) * (Math.sqrt(Math.max(w.count, 1)) - 1)) / span),
  }));
}
