// The public shape of the notes repository, shaped for React's useSyncExternalStore.
import type { Note, NoteInput } from './note.ts';
import type { ImportCounts } from './import-merge.ts';
import type { CorruptRecord } from './read-notes.ts';
import type { StorageError } from './storage-error.ts';

/**
 * loading: reading the database (edits are kept in memory and applied after);
 * ready: loaded, writes go through; error: see lastError (edits stay in memory, retry());
 * blocked-newer: the database belongs to a newer app version; nothing is read or written.
 */
export type NotesStatus = 'loading' | 'ready' | 'error' | 'blocked-newer';

/** An immutable view; the same object is returned until something changes. */
export interface NotesSnapshot {
  readonly status: NotesStatus;
  /** Notes that are not soft-deleted, oldest first. */
  readonly notes: readonly Note[];
  readonly pendingCount: number;
  readonly lastError: StorageError | null;
  readonly corruptCount: number;
}

export interface NotesRepositoryOptions {
  /** Defaults to globalThis.indexedDB. */
  readonly indexedDB?: IDBFactory;
  /** Defaults to 'kortstokk-notes'. */
  readonly dbName?: string;
  /** BroadcastChannel name, defaults to 'kortstokk-notes'; null turns cross-tab updates off. */
  readonly channelName?: string | null;
  /** Defaults to Date.now. */
  readonly now?: () => number;
  /** Id for new notes and conflict copies; defaults to newId (crypto.randomUUID exists only in secure contexts). */
  readonly createId?: () => string;
  /** Delay before typed text is saved; defaults to (and should not exceed) 300 ms. */
  readonly debounceMs?: number;
  /** Called with each batch before it is written; throwing fails that write (a test seam). */
  readonly onBeforeWrite?: (batch: readonly Note[]) => void | Promise<void>;
  /** Called once, after the first note is saved (the app asks navigator.storage.persist()). */
  readonly onFirstSave?: () => unknown;
}

export interface NotesRepository {
  /** Settles when loading has ended, successfully or not (read `status`). */
  readonly ready: Promise<void>;
  readonly status: NotesStatus;
  readonly lastError: StorageError | null;
  readonly corruptCount: number;
  /** Notes that are not soft-deleted, oldest first (the snapshot's array). */
  all(): readonly Note[];
  /** A note by id, including a soft-deleted one (so it can be restored). */
  get(id: string): Note | undefined;
  /** Creates or updates a note (new id when none is given); saved right away. */
  put(input: NoteInput): Note;
  /** Replaces a note's text, saved within debounceMs (edits coalesce); an unknown id becomes a plain note. */
  setText(id: string, text: string): void;
  /** Soft-deletes a note; `restore` undoes it. */
  remove(id: string): void;
  restore(id: string): void;
  /** Soft-deletes every loaded note matching `predicate` («slett økten»); resolves to their ids. */
  removeWhere(predicate: (note: Note) => boolean): Promise<readonly string[]>;
  /**
   * Erases soft-deleted notes from disk for good (after the undo window); with `only`, just the
   * notes it picks, so other screens' notes still waiting for «Angre» are left alone.
   */
  purgeDeleted(only?: (note: Note) => boolean): Promise<number>;
  /** Merges notes idempotently: new id → added, newer updatedAt → updated, else unchanged. */
  importNotes(notes: readonly unknown[]): Promise<ImportCounts>;
  /** Writes everything pending now; rejects with a StorageError when that is not possible. */
  flush(): Promise<void>;
  pendingCount(): number;
  /** The notes with edits not yet written to disk (for the synchronous rescue on pagehide). */
  pendingNotes(): readonly Note[];
  /** Tries again after an error: reopens when loading failed, otherwise writes what is pending. */
  retry(): Promise<void>;
  /** The invalid stored values kept aside, for download or support. */
  corruptRecords(): Promise<readonly CorruptRecord[]>;
  subscribe(listener: () => void): () => void;
  getSnapshot(): NotesSnapshot;
  /** Flushes what it can, then closes the database and the channel. */
  close(): Promise<void>;
}
