import { LANGUAGES, type Language } from '../language/languages.ts';
import type { Audience } from './audience.ts';

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

/**
 * A document cards are drawn from, described once per deck so a reader can find it: a card names
 * it by id (CardSource.doc) together with the section.
 */
export interface SourceDoc {
  readonly id: string;
  readonly title: LocalizedText;
  /** Publisher, author or speaker, e.g. «KS» or «Tor Arne Gangsø, KS». */
  readonly by?: string;
  /** A year (2019) or a short text when a number would say too much or too little. */
  readonly year?: number | string;
  /** Where to find it: a publisher's site or a report series, in words (never a guessed URL). */
  readonly where?: LocalizedText;
}

/** Where a card's question came from: a described source of the same deck, and its section. */
export interface CardSource {
  readonly doc: string;
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
  /** Who the card is for (non-empty, no repeats); absent means anyone. */
  readonly audience?: readonly Audience[];
}

/** A validated deck (format 1). Only parseDeck makes these from outside data. */
export interface Deck {
  readonly id: string;
  readonly version: number;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  /** The documents the cards cite; every card's source.doc names one of them. */
  readonly sources?: readonly SourceDoc[];
  readonly categories: readonly Category[];
  readonly cards: readonly Card[];
}
