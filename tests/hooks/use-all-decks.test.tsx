// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../src/domain/deck/types.ts';
import { useAllDecks } from '../../src/hooks/use-all-decks.ts';
import { useAppStore } from '../../src/store/store.ts';

const deck = (id: string) => ({ id }) as unknown as Deck;
const initial = useAppStore.getState();

afterEach(() => {
  cleanup();
  useAppStore.setState(initial, true);
});

describe('useAllDecks', () => {
  it('loads the decks once, however many screens ask, and is ready when they are in', () => {
    const loadDecks = vi.fn(() => {
      useAppStore.setState({ decks: { status: 'loading', builtIn: [], imported: [], failures: [] } });
      return Promise.resolve();
    });
    useAppStore.setState({ decks: { status: 'idle', builtIn: [], imported: [], failures: [] }, loadDecks });
    const first = renderHook(() => useAllDecks());
    const second = renderHook(() => useAllDecks());
    expect(loadDecks).toHaveBeenCalledOnce();
    expect(first.result.current.ready).toBe(false);
    act(() =>
      useAppStore.setState({
        decks: { status: 'ready', builtIn: [deck('a'), deck('b')], imported: [deck('mine')], failures: [] },
      }),
    );
    const all = second.result.current;
    expect(all.ready).toBe(true);
    expect(all.decks.map((d) => d.id)).toEqual(['a', 'b', 'mine']);
    expect([...all.importedIds]).toEqual(['mine']);
    expect(all.imported.map((d) => d.id)).toEqual(['mine']);
  });

  it('leaves decks that are already there alone', () => {
    const loadDecks = vi.fn(() => Promise.resolve());
    useAppStore.setState({
      decks: { status: 'ready', builtIn: [deck('a')], imported: [], failures: [] },
      loadDecks,
    });
    const { result } = renderHook(() => useAllDecks());
    expect(loadDecks).not.toHaveBeenCalled();
    expect(result.current.decks.map((d) => d.id)).toEqual(['a']);
  });
});
