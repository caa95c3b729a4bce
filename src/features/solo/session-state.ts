import { createPile, drawNext, reshuffle, type Pile } from '../../domain/deck/draw.ts';

/**
 * A reflection session as plain data: the seeded draw pile, the card on the table and the journal
 * entry written for it. Kept per tab in sessionStorage so a reload puts the same card back with
 * its text (the text itself lives in the notes repository; this only remembers the entry's id).
 */
export interface SoloSession {
  readonly pile: Pile;
  readonly current: string | null;
  readonly entryId: string | null;
}

const TYPE = 'kortstokk/solo-session';
const MAX_CARDS = 10_000;
const MAX_TEXT = 200;

/** A new session over refs, shuffled by seed, with its first card drawn. */
export function startSession(refs: readonly string[], seed: number): SoloSession {
  const drawn = drawNext(createPile(refs, seed));
  return { pile: drawn.pile, current: drawn.cardId, entryId: null };
}

/** The next card (the pile is reshuffled by seed once every card has been drawn). */
export function nextCard(session: SoloSession, seed: number): SoloSession {
  let drawn = drawNext(session.pile);
  if (drawn.cardId === null) drawn = drawNext(reshuffle(session.pile, seed));
  return { pile: drawn.pile, current: drawn.cardId, entryId: null };
}

/** The session with the journal entry written for the current card. */
export function withEntry(session: SoloSession, entryId: string): SoloSession {
  return { ...session, entryId };
}

/** The session as JSON for sessionStorage. */
export function serializeSession(session: SoloSession): string {
  return JSON.stringify({ type: TYPE, ...session });
}

const isText = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= MAX_TEXT;
const textList = (x: unknown): string[] | null =>
  Array.isArray(x) && x.length <= MAX_CARDS && x.every(isText) ? (x as string[]) : null;

function parsePile(raw: unknown): Pile | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const o = raw as Record<string, unknown>;
  const [cardIds, order, drawn, hidden] = [o.cardIds, o.order, o.drawn, o.hidden].map(textList);
  if (!cardIds || !order || !drawn || !hidden || !Number.isInteger(o.seed)) return null;
  const known = new Set(cardIds);
  if (known.size !== cardIds.length || order.length !== cardIds.length) return null;
  if (![...order, ...drawn, ...hidden].every((id) => known.has(id))) return null;
  return { cardIds, order, drawn, hidden, seed: o.seed as number };
}

/** Reads a stored session; null when the text is missing or not a sound session. */
export function parseSession(text: string | null): SoloSession | null {
  if (text === null || text.length > 2_000_000) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const o = raw as Record<string, unknown>;
  const pile = parsePile(o.pile);
  if (o.type !== TYPE || pile === null) return null;
  const current =
    o.current === null || (isText(o.current) && pile.drawn.includes(o.current)) ? o.current : undefined;
  const entryId = o.entryId === null || isText(o.entryId) ? o.entryId : undefined;
  if (current === undefined || entryId === undefined) return null;
  return { pile, current, entryId: current === null ? null : entryId };
}
