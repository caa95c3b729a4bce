import type { StateCreator } from 'zustand';
import type { DeckLoadFailure } from '../content/built-in-decks.ts';
import type { DeckIssue } from '../domain/deck/deck-issue.ts';
import type { Deck } from '../domain/deck/types.ts';
import type { DeckStore } from '../storage/deck-store.ts';
import type { AppState } from './app-state.ts';

export type ImportDeckResult =
  | { ok: true; deck: Deck; replaced: boolean }
  | { ok: false; issues: readonly DeckIssue[] }
  | { ok: false; code: 'built-in-id' | 'storage-failed'; id?: string };

export type DecksState = {
  /** The load of every deck: 'ready' once all built-in and imported decks are here. */
  status: 'idle' | 'loading' | 'ready';
  builtIn: readonly Deck[];
  imported: readonly Deck[];
  failures: readonly DeckLoadFailure[];
  /**
   * Built-in deck ids looked for on their own (loadDecksFor), found or not; the imported decks
   * are loaded with them. A join link needs only its decks, not all six.
   */
  tried?: readonly string[];
};

export type DecksSlice = {
  decks: DecksState;
  /** Loads built-in and imported decks once (later calls reuse the result). */
  loadDecks: () => Promise<void>;
  /** Loads only these built-in decks (and the imported ones), unless every deck is loaded. */
  loadDecksFor: (ids: readonly string[]) => Promise<void>;
  /** Validates and stores a user's deck; a bad one changes nothing. */
  importDeck: (input: Uint8Array | string, now: number) => Promise<ImportDeckResult>;
  removeImportedDeck: (id: string) => Promise<void>;
};

// The validator, the deck loader and IndexedDB code load with the first screen that needs
// decks, not with the home screen: the store itself is in the first-load chunk.
let store: Promise<DeckStore> | null = null;
const deckStore = () => (store ??= import('../storage/deck-store.ts').then((m) => m.openDeckStore()));
const loadBuiltInDecks = (ids?: readonly string[]) =>
  import('../content/built-in-decks.ts').then((m) => m.loadBuiltInDecks(fetch, ids));
const listImported = () =>
  deckStore()
    .then((s) => s.list())
    .catch(() => ({ decks: [] as Deck[], invalid: [] }));
const byId = <T extends { id: string }>(items: readonly T[]) => [
  ...new Map(items.map((i) => [i.id, i])).values(),
];
const parseDeckText = (input: Uint8Array | string) =>
  import('../domain/deck/parse-deck.ts').then((m) => m.parseDeckText(input));
let loading: Promise<void> | null = null;

const loadingFor = new Map<string, Promise<void>>();

export const createDecksSlice: StateCreator<AppState, [], [], DecksSlice> = (set, get) => {
  /** Loads some built-in decks and the imported ones into the store, beside what is there. */
  const loadNamed = async (wanted: readonly string[]) => {
    const [builtIn, imported] = await Promise.all([loadBuiltInDecks(wanted), listImported()]);
    set((s) =>
      // The full load, if it finished meanwhile, has all of these already.
      s.decks.status === 'ready'
        ? s
        : {
            decks: {
              ...s.decks,
              builtIn: byId([...s.decks.builtIn, ...builtIn.decks]),
              imported: imported.decks,
              failures: [...s.decks.failures, ...builtIn.failures],
              tried: [...(s.decks.tried ?? []), ...wanted],
            },
          },
    );
  };
  return {
    decks: { status: 'idle', builtIn: [], imported: [], failures: [] },
    loadDecks: () =>
      (loading ??= (async () => {
        set((s) => ({ decks: { ...s.decks, status: 'loading' } }));
        const [builtIn, imported] = await Promise.all([loadBuiltInDecks(), listImported()]);
        set({
          decks: {
            status: 'ready',
            builtIn: builtIn.decks,
            imported: imported.decks,
            failures: builtIn.failures,
          },
        });
      })()),
    loadDecksFor: (ids) => {
      const wanted = ids.filter((id) => !get().decks.tried?.includes(id));
      if (get().decks.status === 'ready' || wanted.length === 0) return Promise.resolve();
      const key = wanted.join(',');
      const running = loadingFor.get(key);
      if (running) return running;
      const load = loadNamed(wanted).finally(() => loadingFor.delete(key));
      loadingFor.set(key, load);
      return load;
    },
    importDeck: async (input, now) => {
      const parsed = await parseDeckText(input);
      if (!parsed.ok) return { ok: false, issues: parsed.issues };
      const deck = parsed.deck;
      if (get().decks.builtIn.some((d) => d.id === deck.id))
        return { ok: false, code: 'built-in-id', id: deck.id };
      try {
        await (await deckStore()).put(deck, now);
      } catch {
        return { ok: false, code: 'storage-failed' };
      }
      const replaced = get().decks.imported.some((d) => d.id === deck.id);
      set((s) => ({
        decks: { ...s.decks, imported: [...s.decks.imported.filter((d) => d.id !== deck.id), deck] },
      }));
      return { ok: true, deck, replaced };
    },
    removeImportedDeck: async (id) => {
      await (await deckStore()).remove(id);
      set((s) => ({ decks: { ...s.decks, imported: s.decks.imported.filter((d) => d.id !== id) } }));
    },
  };
};
