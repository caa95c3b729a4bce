import { forceCloseDatabase } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { StorageError } from '../../src/storage/storage-error.ts';
import { freshEnv, makeNote, openTab, rawGet, rawGetAll, rawPut, seed, withRawDb } from './notes-test-kit.ts';

/** A write hook that throws `fault` while it is set. */
function faultSwitch(fault: Error): { hook: () => void; clear: () => void } {
  let current: Error | null = fault;
  return {
    hook: () => {
      if (current) throw current;
    },
    clear: () => (current = null),
  };
}

function openRaw(
  env: { indexedDB: IDBFactory; dbName: string },
  version: number,
  upgrade: (db: IDBDatabase) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = env.indexedDB.open(env.dbName, version);
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('notes repository: errors are surfaced, text is never dropped', () => {
  it('reports a quota error, keeps the text in memory and pending, and saves on retry', async () => {
    const env = freshEnv();
    const fault = faultSwitch(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const repo = openTab(env, { onBeforeWrite: fault.hook });
    await repo.ready;

    const note = repo.put({ text: 'words that must survive' });
    await expect(repo.flush()).rejects.toMatchObject({ code: 'quota' });
    expect(repo.status).toBe('error');
    expect(repo.lastError).toBeInstanceOf(StorageError);
    expect(repo.lastError?.code).toBe('quota');
    expect(repo.getSnapshot().notes.map((n) => n.text)).toEqual(['words that must survive']);
    expect(repo.pendingCount()).toBe(1);
    expect(await rawGet(env, 'notes', note.id)).toBeUndefined();

    fault.clear();
    await repo.retry();
    expect(repo.status).toBe('ready');
    expect(repo.lastError).toBeNull();
    expect(repo.pendingCount()).toBe(0);
    expect(await rawGet(env, 'notes', note.id)).toMatchObject({ text: 'words that must survive' });
  });

  it('reports any other failed write as write-failed', async () => {
    const env = freshEnv();
    const fault = faultSwitch(new Error('disk on fire'));
    const repo = openTab(env, { onBeforeWrite: fault.hook });
    await repo.ready;
    repo.put({ text: 'x' });
    await expect(repo.flush()).rejects.toMatchObject({ code: 'write-failed' });
    expect(repo.getSnapshot().lastError?.code).toBe('write-failed');
    expect(repo.getSnapshot().pendingCount).toBe(1);
  });

  it('refuses a database written by a newer schema and leaves it untouched', async () => {
    const env = freshEnv();
    await openRaw(env, 7, (db) => {
      db.createObjectStore('notes', { keyPath: 'id' }).put({ id: 'n1', future: 'shape' });
    });
    const repo = openTab(env);
    await repo.ready;

    expect(repo.status).toBe('blocked-newer');
    expect(repo.lastError?.code).toBe('newer-version');
    repo.setText('n2', 'typed anyway');
    expect(repo.get('n2')?.text).toBe('typed anyway');
    await expect(repo.flush()).rejects.toMatchObject({ code: 'newer-version' });

    await withRawDb(env, async (db) => {
      expect(db.version).toBe(7);
      expect([...db.objectStoreNames]).toEqual(['notes']);
    });
    expect(await rawGetAll(env, 'notes')).toEqual([{ id: 'n1', future: 'shape' }]);
  });

  it('reports a corrupt record, loads the rest, and leaves the record as it was', async () => {
    const env = freshEnv();
    await seed(env, [makeNote({ id: 'good', text: 'fine' })]);
    await rawPut(env, { id: 'bad', text: 42 });
    const repo = openTab(env);
    await repo.ready;

    expect(repo.status).toBe('ready');
    expect(repo.corruptCount).toBe(1);
    expect(repo.lastError?.code).toBe('corrupt');
    expect(repo.all().map((note) => note.id)).toEqual(['good']);
    repo.put({ text: 'another' });
    await repo.flush();
    expect(await rawGet(env, 'notes', 'bad')).toEqual({ id: 'bad', text: 42 });
    expect(await repo.corruptRecords()).toEqual([
      { key: 'bad', value: { id: 'bad', text: 42 }, where: 'notes' },
    ]);
  });

  it('moves a corrupt record to the quarantine before a note with its id replaces it', async () => {
    const env = freshEnv();
    await seed(env, []);
    await rawPut(env, { id: 'bad', text: null });
    const repo = openTab(env);
    await repo.ready;

    repo.put({ id: 'bad', text: 'restored from a backup' });
    await repo.flush();
    expect(await rawGet(env, 'notes', 'bad')).toMatchObject({ text: 'restored from a backup' });
    expect(await rawGetAll(env, 'quarantine')).toMatchObject([
      { key: 'bad', value: { id: 'bad', text: null } },
    ]);
    expect(repo.corruptCount).toBe(1);
  });

  it('closes and says so when another tab opens a newer schema, saving pending text first', async () => {
    const env = freshEnv();
    const repo = openTab(env);
    await repo.ready;
    const note = repo.put({ text: 'saved before closing' });

    await openRaw(env, 2, () => undefined);
    expect(repo.status).toBe('blocked-newer');
    expect(repo.lastError?.code).toBe('newer-version');
    expect(await rawGet(env, 'notes', note.id)).toMatchObject({ text: 'saved before closing' });
  });

  it('reports a connection closed by the browser, keeps edits, and saves after retry', async () => {
    const env = freshEnv();
    const connections: IDBDatabase[] = [];
    // A factory that hands out what the real one opens, so the test can pull the plug.
    const spying = {
      open: (name: string, version?: number) => {
        const request = env.indexedDB.open(name, version);
        request.addEventListener('success', () => connections.push(request.result));
        return request;
      },
    } as IDBFactory;
    const repo = openTab(env, { indexedDB: spying });
    await repo.ready;

    // fake-indexeddb's typings ask for the class where the function takes an instance.
    forceCloseDatabase(connections[0] as unknown as Parameters<typeof forceCloseDatabase>[0]);
    expect(repo.status).toBe('error');
    expect(repo.lastError?.code).toBe('unavailable');
    const note = repo.put({ text: 'typed while disconnected' });
    await expect(repo.flush()).rejects.toMatchObject({ code: 'unavailable' });

    await repo.retry();
    expect(repo.status).toBe('ready');
    await repo.flush();
    expect(await rawGet(env, 'notes', note.id)).toMatchObject({ text: 'typed while disconnected' });
  });
});
