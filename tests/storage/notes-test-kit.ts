// Shared set-up for the storage tests: an isolated fake IndexedDB per test, "tabs" on it, and
// raw access to the database behind the repository's back.
// idb's wrap() checks `instanceof IDBRequest` etc., so the fake's classes must be the globals.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import type { Note } from '../../src/storage/note.ts';
import { openNotesRepository } from '../../src/storage/notes-repository.ts';
import type { NotesRepository, NotesRepositoryOptions } from '../../src/storage/notes-repository-types.ts';

export interface TestEnv {
  readonly indexedDB: IDBFactory;
  readonly dbName: string;
  readonly channelName: string;
}

const opened: NotesRepository[] = [];
let envCount = 0;
let idCount = 0;

afterEach(async () => {
  await Promise.all(opened.splice(0).map((repo) => repo.close()));
});

/** A fresh database and channel that no other test sees. */
export function freshEnv(): TestEnv {
  envCount += 1;
  return {
    indexedDB: new IDBFactory(),
    dbName: 'notes-test',
    channelName: `notes-test-${envCount}-${process.pid}`,
  };
}

/** Opens a repository ("a tab") on the env; closed after the test. */
export function openTab(env: TestEnv, options: NotesRepositoryOptions = {}): NotesRepository {
  const repo = openNotesRepository({ ...env, createId: () => `generated-${(idCount += 1)}`, ...options });
  opened.push(repo);
  return repo;
}

/** A hand-set clock. */
export function manualClock(start = 1_000): { now: () => number; set: (t: number) => void } {
  let t = start;
  return { now: () => t, set: (next) => (t = next) };
}

/** Resolves when `predicate` holds for the repository (checked on every change). */
export function waitUntil(
  repo: NotesRepository,
  predicate: (repo: NotesRepository) => boolean,
): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (!predicate(repo)) return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = repo.subscribe(check);
    check();
  });
}

/** A valid note with the given overrides. */
export function makeNote(overrides: Partial<Note> & { id: string }): Note {
  return {
    kind: 'note',
    sessionId: null,
    cardRef: null,
    text: '',
    createdAt: 1,
    updatedAt: 1,
    rev: 1,
    ...overrides,
  };
}

/** Stores exact records through a throwaway repository. */
export async function seed(env: TestEnv, notes: readonly Note[]): Promise<void> {
  const repo = openNotesRepository({ ...env, channelName: null });
  await repo.ready;
  await repo.importNotes(notes);
  await repo.flush();
  await repo.close();
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens the database raw at its current version (no upgrade), runs `fn`, closes. */
export async function withRawDb<T>(env: TestEnv, fn: (db: IDBDatabase) => Promise<T>): Promise<T> {
  const db = await request(env.indexedDB.open(env.dbName));
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

/** Reads one stored value raw (undefined when absent). */
export function rawGet(env: TestEnv, store: string, key: IDBValidKey): Promise<unknown> {
  return withRawDb(env, (db) => request(db.transaction(store).objectStore(store).get(key)));
}

/** Reads all stored values of a store raw. */
export function rawGetAll(env: TestEnv, store: string): Promise<unknown[]> {
  return withRawDb(env, (db) => request(db.transaction(store).objectStore(store).getAll()));
}

/** Writes one value raw into the notes store (e.g. a corrupt record). */
export function rawPut(env: TestEnv, value: unknown): Promise<IDBValidKey> {
  return withRawDb(env, (db) =>
    request(db.transaction('notes', 'readwrite').objectStore('notes').put(value)),
  );
}
