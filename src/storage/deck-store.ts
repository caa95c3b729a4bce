import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { parseDeckText } from '../domain/deck/parse-deck.ts';
import { deckToJson } from '../domain/deck/serialize-deck.ts';
import type { Deck } from '../domain/deck/types.ts';

// Users' own decks. Only validated decks are stored (as their canonical JSON), and each is
// validated again when read back: what is on disk is never trusted blindly.
interface DeckDb extends DBSchema {
  decks: { key: string; value: { id: string; json: string; importedAt: number } };
}

const DB_NAME = 'kortstokk-decks';
const DB_VERSION = 1;

export type DeckStore = {
  /** Every stored deck that still validates, and the ids of those that do not. */
  list(): Promise<{ decks: Deck[]; invalid: string[] }>;
  put(deck: Deck, importedAt: number): Promise<void>;
  remove(id: string): Promise<void>;
};

/** Opens the imported-decks store (IndexedDB via idb). */
export function openDeckStore(factory: IDBFactory = indexedDB, name = DB_NAME): DeckStore {
  let db: Promise<IDBPDatabase<DeckDb>> | null = null;
  // idb's openDB only knows the global factory; wrapping the request lets tests inject one.
  const open = () =>
    (db ??= (() => {
      const request = factory.open(name, DB_VERSION);
      request.addEventListener('upgradeneeded', () => {
        request.result.createObjectStore('decks', { keyPath: 'id' });
      });
      return wrap(request) as unknown as Promise<IDBPDatabase<DeckDb>>;
    })());
  return {
    async list() {
      const rows = await (await open()).getAll('decks');
      const decks: Deck[] = [];
      const invalid: string[] = [];
      for (const row of rows) {
        const parsed = parseDeckText(row.json);
        if (parsed.ok) decks.push(parsed.deck);
        else invalid.push(row.id);
      }
      return { decks, invalid };
    },
    async put(deck, importedAt) {
      await (await open()).put('decks', { id: deck.id, json: deckToJson(deck), importedAt });
    },
    async remove(id) {
      await (await open()).delete('decks', id);
    },
  };
}
