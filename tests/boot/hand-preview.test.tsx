// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillHandShell } from '../../src/boot/fill-hand-shell.ts';
import { handPrepaint, linkDeckIds } from '../../src/boot/hand-prepaint.ts';
import type { Language } from '../../src/domain/language/languages.ts';
import { deckColor } from '../../src/components/card/deck-colors.ts';
import { decodeJoin } from '../../src/domain/join/decode-join.ts';
import { seatHandRefs } from '../../src/domain/join/seat-hand.ts';
import { sessionCode } from '../../src/domain/join/short-code.ts';
import { writeSeat } from '../../src/lib/seat-memory.ts';
import { sessionRefForJoin } from '../../src/lib/session-notes.ts';
import { PREPAINT_SEAT, prepaintJoinQuery } from '../../scripts/prerender/shells.ts';
import { prepaintPart, renderShell } from '../app/screen-render.tsx';

// The hand's pre-paint (src/boot) draws a join link's hand from index.html's template before the
// app has arrived; the app then renders over it. Both must be the same screen, or the takeover
// jumps: these tests put the pre-paint next to the app's own render for links of every shape.

const deckFile = (id: string): unknown => JSON.parse(readFileSync(`cards/${id}.json`, 'utf8'));
/** A built-in deck's current version: links name it, so a new deck version keeps these links good. */
const v = (id: string) => (deckFile(id) as { version: number }).version;
const decksOf = (query: string) => (linkDeckIds(query) ?? []).map(deckFile);

/** The pre-paint's template, made as the build makes it (scripts/prerender/shells.ts). */
async function template(lang: Language): Promise<HTMLTemplateElement> {
  const join = prepaintJoinQuery();
  const { main } = await renderShell(
    `#/join?${join}`,
    remember(join, PREPAINT_SEAT.seat, PREPAINT_SEAT.name),
    lang,
  );
  const element = document.createElement('template');
  element.innerHTML = prepaintPart(main);
  return element;
}

/** Remembers a seat for the link's session, as the join screen does when a seat is chosen. */
const remember = (query: string, seat: number, name?: string) => () => {
  const decoded = decodeJoin(query);
  if (!decoded.ok) throw new Error(`bad test link ${query}`);
  const { seat: _seat, ...session } = decoded.session;
  writeSeat(sessionRefForJoin(session).code, name === undefined ? { seat } : { seat, name });
};

// React's ids (useId) differ between renders; the deck colour is compared on its own.
const normalise = (markup: string) =>
  markup
    .replace(/\sstyle="[^"]*"/g, '')
    .replace(/_r_[0-9a-z]+_/g, 'ID')
    .replace(/>\s+</g, '><');

async function both(query: string, setup: () => void = () => {}, lang: Language = 'nb') {
  localStorage.clear();
  setup();
  const data = handPrepaint(query, decksOf(query), localStorage, lang);
  const holder = document.createElement('div');
  const shell = await template(lang);
  if (data) holder.append(fillHandShell(shell, data));
  const app = await renderShell(`#/join?${query}`, setup, lang);
  return { data, prepaint: holder, app: prepaintPart(app.main) };
}

const LINKS: [string, string, (() => void) | undefined][] = [
  [
    'the template link itself',
    `v=1&s=42&d=naervaer.${v('naervaer')}&n=8&k=4&t=Verksted&p=0&f=silent&h=3`,
    undefined,
  ],
  [
    'a remembered seat, no title, two decks',
    `v=1&s=7&d=naervaer.${v('naervaer')},samspill.${v('samspill')}&n=12&k=3`,
    undefined,
  ],
  ['a seat card equal to the remembered seat', `v=1&s=99&d=ledelse.${v('ledelse')}&n=20&k=5&h=4`, undefined],
  [
    'a seat card over another seat with a name',
    `v=1&s=5&d=framtid.${v('framtid')}&n=6&k=2&t=Dag%202&h=6`,
    undefined,
  ],
  ['one card per seat', `v=1&s=123&d=arbeidsgiver.${v('arbeidsgiver')}&n=5&k=1&p=4`, undefined],
  ['a format without a step', `v=1&s=8&d=samspill.${v('samspill')}&n=9&k=3&f=pair-talk`, undefined],
];
LINKS[1]![2] = remember(LINKS[1]![1], 4);
LINKS[2]![2] = remember(LINKS[2]![1], 4);
LINKS[3]![2] = remember(LINKS[3]![1], 2, 'Ola Nordmann');
LINKS[4]![2] = remember(LINKS[4]![1], 5);
LINKS[5]![2] = remember(LINKS[5]![1], 1, 'Kari');

describe('the hand pre-paint draws what the join screen renders', () => {
  for (const [name, query, setup] of LINKS) {
    it(`for ${name}`, async () => {
      const { data, prepaint, app } = await both(query, setup);
      expect(data).not.toBeNull();
      expect(normalise(prepaint.innerHTML)).toBe(normalise(app));
      const card = prepaint.querySelector<HTMLElement>('.qcard')!;
      expect(card.style.getPropertyValue('--deck')).toBe(deckColor(data!.card.deckId));
    });
  }

  it('speaks nynorsk and English with the strings and card texts of that language', () => {
    const [, query, setup] = LINKS[3]!;
    localStorage.clear();
    setup!();
    const nn = handPrepaint(query, decksOf(query), localStorage, 'nn')!;
    expect(nn.source).toBe('Plassen kjem frå plasskortet du skanna. Før var du plass 2.');
    expect(nn.card.lang).toBe('nn');
    expect(nn.position).toBe('1 av 2');
    const en = handPrepaint(query, decksOf(query), localStorage, 'en')!;
    expect(en.who).toBe('Seat 6');
    expect(en.card.lang).toBe('en');
    expect(en.card.text).toMatch(/^Residents expect more tailoring/);
    expect(en.position).toBe('1 of 2');
  });

  it('computes the session code as the notes do', () => {
    for (const [, query] of LINKS) {
      const decoded = decodeJoin(query);
      if (!decoded.ok) throw new Error('bad link');
      const { seat: _seat, ...session } = decoded.session;
      expect(sessionCode(session)).toBe(sessionRefForJoin(session).code);
    }
  });
});

describe('the hand pre-paint stays away when the app would show something else first', () => {
  const query = `v=1&s=42&d=naervaer.${v('naervaer')}&n=8&k=4&h=3`;
  const paint = (q: string, decks: unknown[] = decksOf(q)) => handPrepaint(q, decks, localStorage);

  it('paints a good link with a seat', () => {
    localStorage.clear();
    expect(paint(query)?.who).toBe('Plass 3');
  });

  it('not for a bad or tampered link', () => {
    expect(linkDeckIds(`v=1&s=42&d=naervaer.${v('naervaer')}&n=8&x=1`)).toBeNull();
    expect(paint(`v=1&s=42&d=naervaer.${v('naervaer')}&n=8&x=1`, [deckFile('naervaer')])).toBeNull();
    expect(paint(`v=1&s=42&d=naervaer.${v('naervaer')}&n=8&h=9`, [deckFile('naervaer')])).toBeNull();
  });

  it('not before a seat is chosen (the app asks for it)', () => {
    localStorage.clear();
    expect(paint(`v=1&s=42&d=naervaer.${v('naervaer')}&n=8&k=4`)).toBeNull();
  });

  it('not when a deck is in another version, missing or not a deck', () => {
    localStorage.clear();
    expect(paint(`v=1&s=42&d=naervaer.${v('naervaer') + 1}&n=8&h=3`, [deckFile('naervaer')])).toBeNull();
    expect(paint(`v=1&s=42&d=naervaer.${v('naervaer')},egen.1&n=8&h=3`, [deckFile('naervaer')])).toBeNull();
    expect(paint(query, [{ id: 'naervaer', version: v('naervaer'), cards: 'none' }])).toBeNull();
    expect(paint(query, [deckFile('samspill')])).toBeNull();
    expect(paint(query, [null])).toBeNull();
  });

  it('not when the first card is a flip card (the template has none), but for the others', () => {
    localStorage.clear();
    const floker = deckFile('floker') as { cards: { id: string; flip?: boolean }[] };
    const flips = new Set(floker.cards.filter((c) => c.flip).map((c) => `floker/${c.id}`));
    const first = (seed: number) =>
      seatHandRefs({ seed, seats: 4, cards: 3 }, [{ id: 'floker', cards: floker.cards }], 1)[0]!;
    const seeds = Array.from({ length: 200 }, (_, seed) => seed);
    const flipSeed = seeds.find((seed) => flips.has(first(seed)))!;
    const plainSeed = seeds.find((seed) => !flips.has(first(seed)))!;
    const link = (seed: number) => `v=1&s=${seed}&d=floker.${v('floker')}&n=4&k=3&h=1`;
    expect(paint(link(flipSeed), [floker])).toBeNull();
    expect(paint(link(plainSeed), [floker])?.card.ref).toBe(first(plainSeed));
  });

  it('reads nothing it was not given and writes nothing', () => {
    localStorage.clear();
    paint(query);
    expect(localStorage.length).toBe(0);
  });
});
