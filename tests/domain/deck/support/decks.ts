import { DECK_LIMITS } from '../../../../src/domain/deck/deck-limits.ts';

/** A small valid deck file as a fresh plain object, for tests to mutate. */
export function validDeckFile(): Record<string, unknown> {
  return {
    type: 'kortstokk/deck',
    format: 1,
    id: 'test',
    version: 1,
    title: { nb: 'Test', nn: 'Test', en: 'Test' },
    description: { nb: 'Beskrivelse' },
    categories: [{ id: 'tema', label: { nb: 'Tema' } }],
    cards: [
      { id: 'test-001', category: 'tema', text: { nb: 'Første?' } },
      { id: 'test-002', category: 'tema', text: { nb: 'Andre?', en: 'Second?' } },
    ],
  };
}

/** A deck file with n valid cards (for the 100,000-card case). */
export function deckFileWithCards(n: number): Record<string, unknown> {
  const cards = Array.from({ length: n }, (_, i) => ({
    id: `c-${i}`,
    category: 'tema',
    text: { nb: 'Kort?' },
  }));
  return { ...validDeckFile(), cards };
}

/** Exactly DECK_LIMITS.fileBytes + 1 bytes of otherwise valid JSON. */
export function oversizeJsonBytes(): Uint8Array {
  const size = DECK_LIMITS.fileBytes + 1;
  const head = '{"pad":"';
  const tail = '"}';
  return new TextEncoder().encode(head + 'x'.repeat(size - head.length - tail.length) + tail);
}

/** Arrays nested depth levels deep, e.g. depth 2 → "[[]]". */
export function nestedArrays(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}
