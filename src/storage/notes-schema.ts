// The notes database layout and its ordered, append-only list of upgrades.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

/** The schema version this code writes. Raise it only together with a new migration below. */
export const NOTES_DB_VERSION = 1;

/** A stored value that failed validation, moved here instead of being overwritten. */
export interface QuarantinedRecord {
  readonly key: string;
  readonly value: unknown;
  readonly quarantinedAt: number;
}

export interface NotesDbSchema extends DBSchema {
  // Values are typed unknown on purpose: what comes off the disk is validated before use.
  notes: {
    key: string;
    value: unknown;
    indexes: { sessionId: string; kind: string; updatedAt: number };
  };
  quarantine: { key: number; value: QuarantinedRecord };
}

export type NotesDb = IDBPDatabase<NotesDbSchema>;
export type NotesUpgradeTx = IDBPTransaction<NotesDbSchema, StoreNames<NotesDbSchema>[], 'versionchange'>;

export interface NotesMigration {
  readonly version: number;
  readonly migrate: (db: NotesDb, tx: NotesUpgradeTx) => void;
}

/** Ordered upgrades; each brings the database from `version - 1` to `version`. */
export const NOTES_MIGRATIONS: readonly NotesMigration[] = [
  {
    version: 1,
    migrate(db) {
      const notes = db.createObjectStore('notes', { keyPath: 'id' });
      notes.createIndex('sessionId', 'sessionId');
      notes.createIndex('kind', 'kind');
      notes.createIndex('updatedAt', 'updatedAt');
      db.createObjectStore('quarantine', { autoIncrement: true });
    },
  },
];

/** Runs every migration above `oldVersion` up to `newVersion`, in order. */
export function upgradeNotesDb(
  db: NotesDb,
  oldVersion: number,
  newVersion: number,
  tx: NotesUpgradeTx,
  migrations: readonly NotesMigration[] = NOTES_MIGRATIONS,
): void {
  for (const migration of migrations) {
    if (migration.version > oldVersion && migration.version <= newVersion) migration.migrate(db, tx);
  }
}
