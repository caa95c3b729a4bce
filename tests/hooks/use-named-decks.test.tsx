// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../src/domain/deck/types.ts';
import { useNamedDecks } from '../../src/hooks/use-named-decks.ts';
import { useAppStore } from '../../src/store/store.ts';

const deck = (id: string) => ({ id }) as unknown as Deck;
const initial = useAppStore.getState();

afterEach(() => {
  cleanup();
  useAppStore.setState(initial, true);
});

describe('useNamedDecks', () => {
  it('asks for the named decks only, and is ready once each was looked for', () => {
    const loadDecksFor = vi.fn(() => Promise.resolve());
    const loadDecks = vi.fn(() => Promise.resolve());
    useAppStore.setState({
      decks: { status: 'idle', builtIn: [], imported: [], failures: [] },
      loadDecksFor,
      loadDecks,
    });
    const { result } = renderHook(() => useNamedDecks(['a', 'mine']));
    expect(loadDecksFor).toHaveBeenCalledWith(['a', 'mine']);
    expect(loadDecks).not.toHaveBeenCalled();
    expect(result.current.ready).toBe(false);
    act(() =>
      useAppStore.setState({
        decks: { status: 'idle', builtIn: [deck('a')], imported: [], failures: [], tried: ['a'] },
      }),
    );
    expect(result.current.ready).toBe(false); // 'mine' not looked for yet
    act(() =>
      useAppStore.setState({
        decks: {
          status: 'idle',
          builtIn: [deck('a')],
          imported: [deck('mine')],
          failures: [],
          tried: ['a', 'mine'],
        },
      }),
    );
    expect(result.current.ready).toBe(true);
    expect(result.current.decks.map((d) => d.id)).toEqual(['a', 'mine']);
  });

  it('is ready at once when every deck is loaded already', () => {
    useAppStore.setState({ decks: { status: 'ready', builtIn: [deck('a')], imported: [], failures: [] } });
    expect(renderHook(() => useNamedDecks(['a', 'b'])).result.current.ready).toBe(true);
  });
});
