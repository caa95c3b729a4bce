import { describe, expect, it } from 'vitest';
import { NOTES_DB_VERSION, NOTES_MIGRATIONS } from '../../src/storage/notes-schema.ts';
import type { NotesMigration } from '../../src/storage/notes-schema.ts';
import { openNotesDb } from '../../src/storage/open-notes-db.ts';
import { freshEnv, makeNote, openTab, rawGet, seed, withRawDb } from './notes-test-kit.ts';

describe('notes schema', () => {
  it('has one migration per version, in order, ending at NOTES_DB_VERSION', () => {
    expect(NOTES_MIGRATIONS.map((migration) => migration.version)).toEqual(
      Array.from({ length: NOTES_DB_VERSION }, (_, index) => index + 1),
    );
  });

  it('creates the notes store with its indexes and the quarantine store', async () => {
    const env = freshEnv();
    const repo = openTab(env);
    await repo.ready;
    await repo.close();
    await withRawDb(env, async (db) => {
      expect(db.version).toBe(NOTES_DB_VERSION);
      expect([...db.objectStoreNames].sort()).toEqual(['notes', 'quarantine']);
      const notes = db.transaction('notes').objectStore('notes');
      expect(notes.keyPath).toBe('id');
      expect([...notes.indexNames].sort()).toEqual(['kind', 'sessionId', 'updatedAt']);
    });
  });
});

describe('notes schema upgrades', () => {
  const handlers = { blocked: () => undefined, blocking: () => undefined, terminated: () => undefined };

  it('runs only the migrations above the stored version and keeps the notes', async () => {
    const env = freshEnv();
    await seed(env, [makeNote({ id: 'n1', text: 'kept' })]);
    const ran: number[] = [];
    const v2: NotesMigration = { version: 2, migrate: () => void ran.push(2) };
    const db = await openNotesDb(env.indexedDB, env.dbName, handlers, {
      version: 2,
      migrations: [...NOTES_MIGRATIONS, v2],
    });
    db.close();
    expect(ran).toEqual([2]);
    expect(await rawGet(env, 'notes', 'n1')).toMatchObject({ text: 'kept' });
  });

  it('leaves the data and version as they were when a migration throws', async () => {
    const env = freshEnv();
    await seed(env, [makeNote({ id: 'n1', text: 'precious' })]);
    const broken: NotesMigration = {
      version: 2,
      migrate: (_db, tx) => {
        tx.objectStore('notes')
          .clear()
          .catch(() => undefined);
        throw new Error('migration bug');
      },
    };
    await expect(
      openNotesDb(env.indexedDB, env.dbName, handlers, {
        version: 2,
        migrations: [...NOTES_MIGRATIONS, broken],
      }),
    ).rejects.toThrow('migration bug');

    await withRawDb(env, async (db) => expect(db.version).toBe(1));
    expect(await rawGet(env, 'notes', 'n1')).toMatchObject({ text: 'precious' });
  });
});
