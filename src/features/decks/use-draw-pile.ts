import { useMemo, useState } from 'react';
import type { CardRef } from '../../domain/deck/card-ref.ts';
import { createPile, drawNext, remaining, reshuffle, type Pile } from '../../domain/deck/draw.ts';
import { randomSeed } from '../../lib/random-seed.ts';
import { useAppStore } from '../../store/store.ts';

type DrawState = {
  /** The selection the pile was made from; a new selection makes a new pile. */
  key: string;
  pile: Pile;
  current: CardRef | null;
  /** The card just hidden, while its undo is offered. */
  justHidden: CardRef | null;
};

const fresh = (refs: readonly CardRef[], key: string): DrawState => ({
  key,
  pile: createPile(refs, randomSeed()),
  current: null,
  justHidden: null,
});

// The device's hidden list is the one truth about hidden cards: it is laid over the pile
// whenever the pile is read, so hiding here, in the card view or in another tab all agree.
const withHidden = (pile: Pile, hidden: readonly string[]): Pile => {
  const inPile = new Set(pile.cardIds);
  return { ...pile, hidden: hidden.filter((ref) => inPile.has(ref)) };
};

/** A seeded draw pile over refs: draw without repeats, hide with undo, reshuffle when empty. */
export function useDrawPile(refs: readonly CardRef[]) {
  const hiddenCards = useAppStore((s) => s.hiddenCards);
  const key = refs.join('\n');
  const [state, setState] = useState<DrawState>(() => fresh(refs, key));
  let current = state;
  if (state.key !== key) {
    // The selection changed: start a new pile now rather than after a render with the old one.
    current = fresh(refs, key);
    setState(current);
  }
  const pile = useMemo(() => withHidden(current.pile, hiddenCards), [current.pile, hiddenCards]);
  const hiddenNow = () => useAppStore.getState().hiddenCards;
  return {
    current: current.current,
    justHidden: current.justHidden,
    remaining: remaining(pile),
    drawn: pile.drawn.length,
    hiddenInPile: pile.hidden as readonly CardRef[],
    draw: () =>
      setState((s) => {
        const next = drawNext(withHidden(s.pile, hiddenNow()));
        return { ...s, pile: next.pile, current: next.cardId as CardRef | null, justHidden: null };
      }),
    hideCurrent: () => {
      if (!current.current) return;
      useAppStore.getState().hideCard(current.current);
      setState((s) => ({ ...s, current: null, justHidden: s.current }));
    },
    undoHide: () => {
      if (!current.justHidden) return;
      useAppStore.getState().unhideCard(current.justHidden);
      setState((s) => ({ ...s, current: s.justHidden, justHidden: null }));
    },
    reshuffle: () =>
      setState((s) => ({ ...s, pile: reshuffle(s.pile, randomSeed()), current: null, justHidden: null })),
    showHidden: () => useAppStore.getState().unhideCards(pile.hidden as readonly CardRef[]),
  };
}

/** What useDrawPile returns. */
export type DrawPile = ReturnType<typeof useDrawPile>;
