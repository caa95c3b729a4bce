// Opens the notes database on an injected IDBFactory (idb's openDB only knows the global one).
import { wrap } from 'idb';
import { NOTES_DB_VERSION, NOTES_MIGRATIONS, upgradeNotesDb } from './notes-schema.ts';
import type { NotesDb, NotesMigration, NotesUpgradeTx } from './notes-schema.ts';
import { readAllNotes } from './read-notes.ts';
import type { LoadedNotes } from './read-notes.ts';
import { toOpenError, unavailable } from './storage-error.ts';

export interface OpenNotesDbHandlers {
  /** Our open waits because another tab keeps an older version open. */
  readonly blocked: () => void;
  /** Another tab wants to upgrade or delete the database: we must close our connection. */
  readonly blocking: (db: NotesDb, newVersion: number | null) => void;
  /** The browser closed the connection abnormally (e.g. storage cleared). */
  readonly terminated: () => void;
}

/** The schema to open; only tests pass another one (to try a future or a failing migration). */
export interface NotesSchemaTarget {
  readonly version: number;
  readonly migrations: readonly NotesMigration[];
}

/** Opens (and upgrades) the notes database; rejects with VersionError when the disk is newer. */
export async function openNotesDb(
  factory: IDBFactory,
  name: string,
  handlers: OpenNotesDbHandlers,
  schema: NotesSchemaTarget = { version: NOTES_DB_VERSION, migrations: NOTES_MIGRATIONS },
): Promise<NotesDb> {
  const request = factory.open(name, schema.version);
  const opened = wrap(request) as unknown as Promise<NotesDb>;
  let migrationError: unknown;
  request.addEventListener('upgradeneeded', (event) => {
    const tx = request.transaction;
    if (tx === null) return;
    const upgradeTx = wrap(tx) as unknown as NotesUpgradeTx;
    // An aborted upgrade surfaces through the open request; don't leave `done` unhandled too.
    upgradeTx.done.catch(() => undefined);
    try {
      upgradeNotesDb(
        wrap(request.result) as unknown as NotesDb,
        event.oldVersion,
        event.newVersion ?? schema.version,
        upgradeTx,
        schema.migrations,
      );
    } catch (error) {
      // A failed migration must leave the old data as it was: abort the whole upgrade.
      migrationError = error;
      tx.abort();
    }
  });
  request.addEventListener('blocked', () => handlers.blocked());
  // The open fails with a bare AbortError after a failed migration: report the real cause.
  const db = await opened.catch((error: unknown) => Promise.reject(migrationError ?? error));
  db.addEventListener('close', () => handlers.terminated());
  db.addEventListener('versionchange', (event) => handlers.blocking(db, event.newVersion));
  return db;
}

/** Opens the database and reads every note; rejects with a classified StorageError. */
export async function connectNotesDb(
  factory: IDBFactory | undefined,
  name: string,
  handlers: OpenNotesDbHandlers,
): Promise<{ db: NotesDb; loaded: LoadedNotes }> {
  if (factory === undefined) throw unavailable('IndexedDB is not available in this browser');
  let db: NotesDb | undefined;
  try {
    db = await openNotesDb(factory, name, handlers);
    return { db, loaded: await readAllNotes(db) };
  } catch (error) {
    db?.close();
    throw toOpenError(error);
  }
}
