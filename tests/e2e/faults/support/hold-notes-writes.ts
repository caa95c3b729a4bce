import type { Page } from '@playwright/test';
import { NOTES_DB } from './notes-db.ts';

type StoredNote = { id: string; text: unknown; kind: unknown };
type Hold = { read: () => Promise<StoredNote[]> };

/**
 * A slow disk, made with IndexedDB's own locking: a second connection in the page keeps a
 * readwrite transaction on the notes store busy, so every write of the app waits behind it and
 * nothing it types reaches the disk. The hold ends by itself `releaseMs` after a new service
 * worker takes control of the page (an accepted update): a page that reloads without waiting for
 * its notes is gone by then. Call once the app has opened its notes database.
 */
export async function holdNotesWrites(page: Page, releaseMs: number): Promise<void> {
  await page.evaluate(
    ({ name, releaseMs }) =>
      new Promise<void>((started, fail) => {
        const open = indexedDB.open(name);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('notes', 'readwrite');
          const store = tx.objectStore('notes');
          let held = true;
          const readers: ((notes: StoredNote[]) => void)[] = [];
          // A transaction stays open only while it has a request in flight: keep one going.
          const spin = () => {
            if (!held) return;
            const reader = readers.shift();
            const request: IDBRequest = reader ? store.getAll() : store.count();
            request.onsuccess = () => {
              reader?.(request.result as StoredNote[]);
              spin();
            };
          };
          const first = store.count();
          first.onsuccess = () => {
            spin();
            started();
          };
          tx.oncomplete = () => db.close();
          navigator.serviceWorker.addEventListener('controllerchange', () =>
            setTimeout(() => (held = false), releaseMs),
          );
          const hold: Hold = { read: () => new Promise((done) => readers.push(done)) };
          (window as unknown as { notesHold: Hold }).notesHold = hold;
        };
      }),
    { name: NOTES_DB, releaseMs },
  );
}

/** What is on disk in the notes store right now, read inside the hold (other reads would wait). */
export async function notesOnDiskWhileHeld(page: Page): Promise<StoredNote[]> {
  return page.evaluate(() => (window as unknown as { notesHold: Hold }).notesHold.read());
}
