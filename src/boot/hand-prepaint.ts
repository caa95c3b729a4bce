import { localize } from '../domain/deck/localize.ts';
import { decodeJoin } from '../domain/join/decode-join.ts';
import { seatHandRefs } from '../domain/join/seat-hand.ts';
import { sessionCode } from '../domain/join/short-code.ts';
import { DEFAULT_INSTRUCTIONS } from '../domain/workshop/default-instructions.ts';
// Named imports: only these parts of the join screen's strings are built into the pre-paint.
import * as en from '../i18n/locales/en/join.json';
import * as nb from '../i18n/locales/nb/join.json';
import * as nn from '../i18n/locales/nn/join.json';
import type { Language } from '../domain/language/languages.ts';
import { readSeat, seatStart } from '../lib/seat-memory.ts';
import { readRawDeck, type RawDeck } from './raw-deck.ts';

/** The join screen's strings the pre-paint shows, in each language. */
const STRINGS = {
  nb: { hand: nb.hand, seat: nb.seat, sessionTitle: nb.sessionTitle, step: nb.step },
  nn: { hand: nn.hand, seat: nn.seat, sessionTitle: nn.sessionTitle, step: nn.step },
  en: { hand: en.hand, seat: en.seat, sessionTitle: en.sessionTitle, step: en.step },
} as const satisfies Record<Language, unknown>;

/** Everything the hand screen shows above its first card's note, for one join link. */
export type HandPrepaint = {
  readonly title: string;
  readonly code: string;
  readonly who: string;
  readonly name?: string | undefined;
  /** Where the seat came from, when a seat card's link named it. */
  readonly source?: string | undefined;
  readonly step?: { readonly heading: string; readonly text: string } | undefined;
  readonly card: {
    readonly ref: string;
    readonly deckId: string;
    readonly category: string;
    readonly deck: string;
    readonly text: string;
    /** The language of the card's text (another than the page's when the card lacks one). */
    readonly lang: Language;
  };
  /** «1 av N»: the first card of N. */
  readonly position: string;
  readonly total: number;
};

/** Fills i18next's `{{name}}` placeholders (the app's strings are not HTML-escaped either). */
const say = (text: string, values: Record<string, string | number> = {}) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** The decks a join link names, in its order: what the pre-paint fetches. Null for a bad link. */
export function linkDeckIds(query: string): string[] | null {
  const decoded = decodeJoin(query);
  return decoded.ok ? decoded.session.decks.map((deck) => deck.id) : null;
}

/**
 * What the join screen will show for this link, computed the way the app computes it (same link
 * reader, remembered seat and deal), or null whenever the app would show something else first: a
 * bad link, no seat yet, a deck missing or in another version, an empty hand, or a first card the
 * pre-paint does not draw (a flip card). `decks` are the parsed files of the link's decks;
 * `storage` (where the seat is remembered) is the page's localStorage unless a test passes one.
 */
export function handPrepaint(
  query: string,
  decks: readonly unknown[],
  storage?: Storage | null,
  lang: Language = 'nb',
): HandPrepaint | null {
  const { hand: handText, seat: seatText, sessionTitle, step: stepText } = STRINGS[lang];
  const decoded = decodeJoin(query);
  if (!decoded.ok) return null;
  const { seat: linkSeat, ...session } = decoded.session;
  const code = sessionCode(session);
  const start = seatStart(readSeat(code, session.seats, storage), linkSeat);
  if (start.choice === null) return null;
  const read = decks.map(readRawDeck);
  const fits = (deck: RawDeck | null, i: number): deck is RawDeck =>
    deck !== null && deck.id === session.decks[i]?.id && deck.version === session.decks[i]?.version;
  if (read.length !== session.decks.length || !read.every(fits)) return null;
  const own = read as RawDeck[];
  const refs = seatHandRefs(session, own, start.choice.seat);
  const [deckId, cardId] = (refs[0] ?? '').split('/');
  const deck = own.find((d) => d.id === deckId);
  const card = deck?.cards.find((c) => c.id === cardId);
  if (!deck || !card || card.flip) return null;
  const text = localize(card.text, lang);
  const category = deck.categories.find((c) => c.id === card.category);
  const source = !start.fromLink
    ? undefined
    : start.previous === undefined
      ? seatText.fromLink
      : say(seatText.fromLinkChanged, { previous: start.previous });
  const step =
    session.step === undefined && session.format === undefined
      ? undefined
      : {
          heading:
            session.step === undefined
              ? stepText.instructions
              : say(stepText.heading, { step: session.step + 1 }),
          text:
            session.format === undefined
              ? stepText.text
              : localize(DEFAULT_INSTRUCTIONS[session.format], lang).text,
        };
  return {
    title: session.title ?? sessionTitle,
    code,
    who: say(seatText.you, { seat: start.choice.seat }),
    name: start.choice.name,
    source,
    step,
    card: {
      ref: `${deck.id}/${card.id}`,
      deckId: deck.id,
      category: category ? localize(category.label, lang).text : card.category,
      deck: localize(deck.title, lang).text,
      text: text.text,
      lang: text.lang,
    },
    position: say(handText.position, { n: 1, total: refs.length }),
    total: refs.length,
  };
}
