import { LANGUAGES, type Language } from '../language/languages.ts';

/** A UI/content language: bokmål, nynorsk, English (the same set as the UI languages). */
export type Lang = Language;

/** All languages, bokmål first because it is the one every text must have. */
export const LANGS: readonly Lang[] = LANGUAGES;

/** Text in up to three languages; nb is always present, the others fall back (see localize.ts). */
export interface LocalizedText {
  readonly nb: string;
  readonly nn?: string;
  readonly en?: string;
}

/** A category of cards inside one deck. */
export interface Category {
  readonly id: string;
  readonly label: LocalizedText;
}

/** Where a card's question came from in the seed documents. */
export interface CardSource {
  readonly file: string;
  readonly section: string;
}

/** One reflection card. Its id is stable forever and unique within its deck. */
export interface Card {
  readonly id: string;
  readonly category: string;
  readonly text: LocalizedText;
  readonly followUps?: readonly LocalizedText[];
  readonly hint?: LocalizedText;
  readonly flip?: boolean;
  readonly source?: CardSource;
}

/** A validated deck (format 1). Only parseDeck makes these from outside data. */
export interface Deck {
  readonly id: string;
  readonly version: number;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly categories: readonly Category[];
  readonly cards: readonly Card[];
}
