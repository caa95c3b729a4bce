/** A word of the notes and how many times it occurs. */
export type WordCount = { readonly word: string; readonly count: number };

// A word: letters (any script, so æ, ø and å too) with their combining marks, joined by an inner
// apostrophe or hyphen («don't», «e-post»); digits and punctuation end a word.
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** The form a word is counted and compared in: composed (NFC), lower case, straight apostrophe. */
export const normalizeWord = (word: string): string => word.normalize('NFC').toLowerCase().replace(/’/g, "'");

/** The words of a text, normalised, in order (punctuation, digits and spaces dropped). */
export function tokenize(text: string): string[] {
  return Array.from(text.normalize('NFC').matchAll(WORD), (m) => normalizeWord(m[0]));
}

/** A stop-word set in the form tokenize gives, from lists as a package ships them. */
export function stopWordSet(...lists: readonly (readonly string[])[]): ReadonlySet<string> {
  return new Set(lists.flat().map(normalizeWord));
}

export type CountOptions = {
  /** Shorter words are left out (a single letter says nothing in a cloud). */
  readonly minLength?: number;
  /** At most this many words, the most frequent. */
  readonly limit?: number;
};

/**
 * Counts the words of the texts, leaving out the stop words (given in normalised form, see
 * stopWordSet) and words shorter than `minLength` letters (default 2). Most frequent first; ties
 * in alphabetical order, so the same notes always give the same list.
 */
export function countWords(
  texts: readonly string[],
  stopWords: ReadonlySet<string>,
  { minLength = 2, limit = Infinity }: CountOptions = {},
): WordCount[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of tokenize(text)) {
      if (stopWords.has(word) || [...word].length < minLength) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, limit);
}
