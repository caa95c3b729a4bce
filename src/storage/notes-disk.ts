// The repository's side that talks to IndexedDB and to other tabs: loading, saving (one write
// at a time, checked against the disk), re-reading what other tabs saved, and saying what failed.
import { commitNotes } from './commit-notes.ts';
import type { CommitResult } from './commit-notes.ts';
import type { Note } from './note.ts';
import type { EarlyOp } from './note-ops.ts';
import { openNotesChannel } from './notes-channel.ts';
import type { NotesChannel } from './notes-channel.ts';
import type { NotesDb } from './notes-schema.ts';
import type { NotesState } from './notes-state.ts';
import { connectNotesDb } from './open-notes-db.ts';
import { purgeDeletedNotes } from './purge-notes.ts';
import { readCorruptRecords, readNotesByIds } from './read-notes.ts';
import type { CorruptRecord } from './read-notes.ts';
import { StorageError, toOpenError, toWriteError, unavailable } from './storage-error.ts';
import { WriteScheduler } from './write-scheduler.ts';

export interface NotesDiskOptions {
  readonly indexedDB: IDBFactory | undefined;
  readonly dbName: string;
  readonly channelName: string | null;
  readonly now: () => number;
  readonly createId: () => string;
  readonly onBeforeWrite?: ((batch: readonly Note[]) => void | Promise<void>) | undefined;
  readonly onFirstSave?: (() => unknown) | undefined;
}

/** Persists a NotesState; loading starts when constructed. */
export class NotesDisk {
  private readonly state: NotesState;
  private readonly options: NotesDiskOptions;
  private readonly channel: NotesChannel;
  /** Writes, re-reads and purges run one at a time, in order. */
  private readonly scheduler = new WriteScheduler(() => this.writePending());
  private db: NotesDb | null = null;
  /** Edits made before the first successful load, replayed over the loaded records. */
  private early: EarlyOp[] | null = [];
  private readonly remoteWhileLoading = new Set<string>();
  private loading: Promise<void>;
  private savedOnce = false;
  private closed = false;

  constructor(state: NotesState, options: NotesDiskOptions) {
    this.state = state;
    this.options = options;
    this.channel =
      options.channelName === null
        ? { post: () => undefined, close: () => undefined }
        : openNotesChannel(options.channelName, options.dbName, (ids) => this.onRemoteChange(ids));
    this.loading = this.load();
  }

  /** Settles when the current load attempt has ended. */
  get ready(): Promise<void> {
    return this.loading;
  }

  /** True once the stored notes have been read (edits are no longer replayed). */
  get loaded(): boolean {
    return this.early === null;
  }

  /** Remembers an edit made before loading finished, so it can be replayed over the load. */
  remember(entry: EarlyOp): void {
    this.early?.push(entry);
  }

  /** Saves what is pending within `delay` ms (0: now). */
  schedule(delay: number): void {
    if (!this.closed) this.scheduler.within(delay);
  }

  /** Writes everything pending now; rejects with a StorageError when that is not possible. */
  async flush(): Promise<void> {
    this.scheduler.cancel();
    await this.loading;
    while (this.state.pending.size > 0) {
      if (this.db === null) throw this.state.lastError ?? unavailable('The notes database is not open');
      if (!(await this.scheduler.drain())) {
        throw this.state.lastError ?? new StorageError('write-failed', 'Saving notes failed');
      }
    }
  }

  /** Reopens after a failed load, otherwise writes what is pending. */
  async retry(): Promise<void> {
    if (this.closed) return;
    if (this.db !== null) {
      await this.scheduler.drain();
      return;
    }
    if (this.state.status !== 'loading') this.loading = this.load();
    await this.loading;
  }

  /** Erases saved soft-deleted notes (all, or those `only` picks) from disk; resolves to how many. */
  async purgeDeleted(only?: (note: Note) => boolean): Promise<number> {
    await this.flush();
    return this.scheduler.serial(async () => {
      if (this.db === null) throw this.state.lastError ?? unavailable('The notes database is not open');
      const ids = [...this.state.notes.values()]
        .filter((note) => note.deleted && !this.state.pending.has(note.id))
        .filter((note) => only === undefined || only(note))
        .map((note) => note.id);
      const purged = ids.length === 0 ? [] : await purgeDeletedNotes(this.db, ids);
      for (const id of purged) this.state.forget(id);
      this.channel.post(purged);
      if (purged.length > 0) this.state.changed();
      return purged.length;
    });
  }

  async corruptRecords(): Promise<readonly CorruptRecord[]> {
    await this.loading;
    return this.db === null ? [] : readCorruptRecords(this.db);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    if (this.db !== null) await this.flush().catch(() => undefined);
    this.closed = true;
    this.scheduler.cancel();
    this.channel.close();
    this.db?.close();
    this.db = null;
  }

  private async load(): Promise<void> {
    this.state.report('loading', this.state.lastError);
    let connected: Awaited<ReturnType<typeof connectNotesDb>>;
    try {
      connected = await connectNotesDb(this.options.indexedDB, this.options.dbName, {
        blocked: () => this.fail(unavailable('Waiting for another tab to close the notes database')),
        blocking: (db, newVersion) => this.onBlocking(db, newVersion),
        terminated: () => this.onTerminated(),
      });
    } catch (error) {
      const failure = toOpenError(error);
      return this.state.report(failure.code === 'newer-version' ? 'blocked-newer' : 'error', failure);
    }
    const { db, loaded } = connected;
    // Closed meanwhile, or another tab already asked for the database (onBlocking closed it).
    if (this.closed || this.state.status !== 'loading') return db.close();
    this.db = db;
    this.state.absorbLoad(loaded, this.early);
    this.early = null;
    this.state.report('ready', this.corruptError());
    if (this.state.pending.size > 0) void this.scheduler.drain();
    if (this.remoteWhileLoading.size > 0) this.onRemoteChange([...this.remoteWhileLoading]);
    this.remoteWhileLoading.clear();
  }

  private async writePending(): Promise<boolean> {
    const db = this.db;
    if (db === null || this.closed) return false;
    const batch = [...this.state.pending].flatMap((id) => this.state.notes.get(id) ?? []);
    if (batch.length === 0) return true;
    let result: CommitResult;
    try {
      await this.options.onBeforeWrite?.(batch);
      const base = (id: string): Note | undefined => this.state.base.get(id);
      result = await commitNotes(db, batch, { base, createId: this.options.createId, now: this.options.now });
    } catch (error) {
      this.fail(toWriteError(error));
      return false;
    }
    this.channel.post(this.state.absorbCommit(result));
    if (this.state.status === 'error') this.state.report('ready', this.corruptError());
    else this.state.changed();
    this.afterFirstSave(batch);
    return true;
  }

  private afterFirstSave(batch: readonly Note[]): void {
    if (this.savedOnce || !batch.some((note) => !note.deleted)) return;
    this.savedOnce = true;
    try {
      // Asking for persistent storage is a wish, not a must: its failure changes nothing here.
      void Promise.resolve(this.options.onFirstSave?.()).catch(() => undefined);
    } catch {
      // Same as above, for a hook that throws synchronously.
    }
  }

  private fail(error: StorageError): void {
    this.state.report(this.state.status === 'ready' ? 'error' : this.state.status, error);
  }

  private corruptError(): StorageError | null {
    const count = this.state.corruptIds.size;
    if (count === 0) return null;
    return new StorageError('corrupt', `${count} stored note(s) could not be read and are kept aside`);
  }

  private onRemoteChange(ids: readonly string[]): void {
    if (this.db === null) {
      for (const id of ids) this.remoteWhileLoading.add(id);
      return;
    }
    void this.scheduler.serial(() => this.refresh(ids));
  }

  /** Re-reads notes another tab changed; unsaved local edits are left for the write to reconcile. */
  private async refresh(ids: readonly string[]): Promise<void> {
    if (this.db === null) return;
    try {
      this.state.absorbRemote(await readNotesByIds(this.db, ids));
      this.state.changed();
    } catch (error) {
      this.fail(toOpenError(error));
    }
  }

  /** Another tab opens a newer schema (or deletes the database): save, close, and say so. */
  private onBlocking(db: NotesDb, newVersion: number | null): void {
    const saved = this.db === db ? this.flush().catch(() => undefined) : Promise.resolve();
    void saved.finally(() => {
      db.close();
      if (this.db === db) this.db = null;
      if (newVersion === null) {
        this.state.report('error', unavailable('The notes database was deleted in another tab'));
      } else {
        const message = 'A newer version of the app is open in another tab; reload this one';
        this.state.report('blocked-newer', new StorageError('newer-version', message));
      }
    });
  }

  /** The browser closed the connection (storage cleared, disk gone): say so; retry() reopens. */
  private onTerminated(): void {
    this.db = null;
    this.state.report('error', unavailable('The browser closed the notes database'));
  }
}
