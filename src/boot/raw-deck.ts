import type { Lang, LocalizedText } from '../domain/deck/types.ts';

/**
 * What the hand's pre-paint reads of a built-in deck file. It is not the validator: the app
 * validates every deck before it renders, and the pre-paint only shows text (as text). Anything
 * unexpected means «no pre-paint», never an error.
 */
export type RawDeck = {
  readonly id: string;
  readonly version: number;
  readonly title: LocalizedText;
  readonly categories: readonly { readonly id: string; readonly label: LocalizedText }[];
  readonly cards: readonly {
    readonly id: string;
    readonly category: string;
    readonly text: LocalizedText;
    readonly flip?: unknown;
  }[];
};

const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

const isText = (x: unknown): x is LocalizedText =>
  isObject(x) &&
  typeof x.nb === 'string' &&
  LANGS.every((lang) => x[lang] === undefined || typeof x[lang] === 'string');

const isCard = (x: unknown): boolean =>
  isObject(x) && typeof x.id === 'string' && typeof x.category === 'string' && isText(x.text);

const isCategory = (x: unknown): boolean => isObject(x) && typeof x.id === 'string' && isText(x.label);

/** The parts of a parsed deck file the pre-paint needs, or null when they are not all there. */
export function readRawDeck(value: unknown): RawDeck | null {
  if (!isObject(value)) return null;
  const { id, version, title, categories, cards } = value;
  const ok =
    typeof id === 'string' &&
    typeof version === 'number' &&
    isText(title) &&
    Array.isArray(categories) &&
    categories.every(isCategory) &&
    Array.isArray(cards) &&
    cards.every(isCard);
  return ok ? (value as RawDeck) : null;
}
