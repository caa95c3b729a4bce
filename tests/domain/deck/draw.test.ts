import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createPile,
  drawNext,
  hideCard,
  remaining,
  reshuffle,
  unhideCard,
  upcoming,
  type Pile,
} from '../../../src/domain/deck/draw.ts';

const idsArb = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,3}\/[0-9]{1,3}$/), { maxLength: 40 });
const seedArb = fc.nat(0xffffffff);

/** Draws until the pile is empty; returns the ids in draw order. */
function drawAll(pile: Pile): string[] {
  const out: string[] = [];
  for (let next = drawNext(pile); next.cardId !== null; next = drawNext(next.pile)) out.push(next.cardId);
  return out;
}

describe('draw pile', () => {
  it('draws every card exactly once, then null, and remaining counts down', () => {
    fc.assert(
      fc.property(idsArb, seedArb, (ids, seed) => {
        let pile = createPile(ids, seed);
        const drawn: string[] = [];
        for (let i = ids.length; i > 0; i -= 1) {
          expect(remaining(pile)).toBe(i);
          const next = drawNext(pile);
          drawn.push(next.cardId!);
          pile = next.pile;
        }
        expect(remaining(pile)).toBe(0);
        expect(drawNext(pile)).toEqual({ pile, cardId: null });
        expect([...drawn].sort()).toEqual([...ids].sort());
      }),
    );
  });

  it('is deterministic per seed and does not depend on anything else', () => {
    fc.assert(
      fc.property(idsArb, seedArb, (ids, seed) => {
        expect(drawAll(createPile(ids, seed))).toEqual(drawAll(createPile(ids, seed)));
      }),
    );
    const ids = Array.from({ length: 30 }, (_, i) => `d/${i}`);
    expect(drawAll(createPile(ids, 1))).not.toEqual(drawAll(createPile(ids, 2)));
  });

  it('never draws a hidden card, and unhiding puts an undrawn card back in its place', () => {
    fc.assert(
      fc.property(idsArb, seedArb, fc.array(fc.nat()), fc.nat(), (ids, seed, hidePicks, drawsBefore) => {
        let pile = createPile(ids, seed);
        for (let i = 0; i < drawsBefore % (ids.length + 1); i += 1) pile = drawNext(pile).pile;
        const toHide = hidePicks
          .map((p) => ids[p % Math.max(1, ids.length)])
          .filter((id) => id !== undefined);
        const before = upcoming(pile);
        const hidden = toHide.reduce(hideCard, pile);
        const drawn = drawAll(hidden);
        expect(drawn.filter((id) => toHide.includes(id))).toEqual([]);
        expect(drawn).toEqual(before.filter((id) => !toHide.includes(id)));
        expect(upcoming(toHide.reduce(unhideCard, hidden))).toEqual(before);
      }),
    );
  });

  it('treats duplicate, unknown and repeated ids safely', () => {
    const pile = createPile(['a/1', 'a/1', 'a/2'], 7);
    expect(remaining(pile)).toBe(2);
    expect(hideCard(pile, 'x/9')).toBe(pile);
    const hidden = hideCard(pile, 'a/1');
    expect(hideCard(hidden, 'a/1')).toBe(hidden);
    expect(unhideCard(pile, 'a/1')).toBe(pile);
    expect(drawAll(hidden)).toEqual(['a/2']);
    expect(drawNext(createPile([], 1))).toMatchObject({ cardId: null });
  });

  it('reshuffle brings drawn cards back in the seed order of a fresh pile and keeps hidden ones hidden', () => {
    fc.assert(
      fc.property(idsArb, seedArb, seedArb, (ids, seed, seed2) => {
        const used = drawNext(drawNext(createPile(ids, seed)).pile).pile;
        const hiddenId = ids[0];
        const before = hiddenId === undefined ? used : hideCard(used, hiddenId);
        const again = reshuffle(before, seed2);
        expect(again.drawn).toEqual([]);
        expect(again.hidden).toEqual(before.hidden);
        expect(upcoming(again)).toEqual(createPile(ids, seed2).order.filter((id) => id !== hiddenId));
      }),
    );
  });

  it('does not change the pile it is given', () => {
    const pile = createPile(['a/1', 'a/2', 'a/3'], 3);
    const copy = structuredClone(pile);
    drawNext(pile);
    hideCard(pile, 'a/2');
    reshuffle(pile, 4);
    expect(pile).toEqual(copy);
  });
});
