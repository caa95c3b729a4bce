import { localize } from '../domain/deck/localize.ts';
import { decodeJoin } from '../domain/join/decode-join.ts';
import { seatHandRefs } from '../domain/join/seat-hand.ts';
import { sessionCode } from '../domain/join/short-code.ts';
import { DEFAULT_INSTRUCTIONS } from '../domain/workshop/default-instructions.ts';
// Named imports: only these parts of the join screen's strings are built into the pre-paint.
import {
  hand as handText,
  seat as seatText,
  sessionTitle,
  step as stepText,
} from '../i18n/locales/nb/join.json';
import { readSeat, seatStart } from '../lib/seat-memory.ts';
import { readRawDeck, type RawDeck } from './raw-deck.ts';

/** Everything the hand screen shows above its first card's note, for one join link, in bokmål. */
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
): HandPrepaint | null {
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
  const text = localize(card.text, 'nb');
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
              : localize(DEFAULT_INSTRUCTIONS[session.format], 'nb').text,
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
      category: category ? localize(category.label, 'nb').text : card.category,
      deck: localize(deck.title, 'nb').text,
      text: text.text,
    },
    position: say(handText.position, { n: 1, total: refs.length }),
    total: refs.length,
  };
}
