/** The `type` tag every deck file carries. */
export const DECK_TYPE = 'kortstokk/deck';

/** The only deck format this code reads; a newer file is refused rather than half-read. */
export const DECK_FORMAT = 1;

/** Limits of format 1, as written in cards/README.md and cards/deck.schema.json. */
export const DECK_LIMITS = {
  /** Largest deck file, in UTF-8 bytes. */
  fileBytes: 1_000_000,
  /** Characters (code points) of any localized text, counted after trimming. */
  text: 600,
  /** Characters of a card's source.section (and legacy source.file) and of a source's `by`. */
  source: 200,
  /** Characters of a source's year when given as text ("2013–2014"). */
  yearText: 20,
  /** Described source documents per deck. */
  sources: 100,
  /** Characters of a deck or category id. */
  id: 40,
  /** Characters of a card id (`<deck-id>-<three digits>` must fit after a 40-char deck id). */
  cardId: 64,
  followUps: 6,
  categories: 50,
  cards: 2000,
} as const;

/** Ids use lower-case ASCII letters, digits and hyphen only. */
export const ID_CHARS = /^[a-z0-9-]*$/;
