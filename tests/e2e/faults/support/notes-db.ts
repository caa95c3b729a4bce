import type { Page } from '@playwright/test';

/** The notes database the app writes (src/storage/notes-repository.ts DEFAULT_NOTES_DB_NAME). */
export const NOTES_DB = 'kortstokk-notes';

/** Every record in the notes store, read straight from IndexedDB ([] when the database is absent). */
export async function storedNotes(page: Page): Promise<{ id: string; text: unknown; kind: unknown }[]> {
  return page.evaluate(async (name) => {
    const names = (await indexedDB.databases()).map((db) => db.name);
    if (!names.includes(name)) return [];
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('notes')) return [];
      const tx = db.transaction('notes', 'readonly');
      const all = tx.objectStore('notes').getAll();
      return await new Promise((done, fail) => {
        all.onsuccess = () => done(all.result as { id: string; text: unknown; kind: unknown }[]);
        all.onerror = () => fail(all.error);
      });
    } finally {
      db.close();
    }
  }, NOTES_DB);
}

/** Writes one raw value into the notes store of an existing database (bypassing the app). */
export async function putRawRecord(page: Page, value: unknown): Promise<void> {
  await page.evaluate(
    async ({ name, record }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const tx = db.transaction('notes', 'readwrite');
      tx.objectStore('notes').put(record);
      await new Promise((done, fail) => {
        tx.oncomplete = done;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { name: NOTES_DB, record: value },
  );
}

/** Creates the notes database at `version` (as a newer app would) with one record in it. */
export async function createNewerDb(page: Page, version: number, record: unknown): Promise<void> {
  await page.evaluate(
    async ({ name, version, record }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open(name, version);
        request.onupgradeneeded = () => {
          const store = request.result.createObjectStore('notes', { keyPath: 'id' });
          store.put(record);
          request.result.createObjectStore('future');
        };
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      db.close();
    },
    { name: NOTES_DB, version, record },
  );
}

/** The version number of the notes database on disk (0 when absent). */
export async function dbVersion(page: Page): Promise<number> {
  return page.evaluate(async (name) => {
    const found = (await indexedDB.databases()).find((db) => db.name === name);
    return found?.version ?? 0;
  }, NOTES_DB);
}
