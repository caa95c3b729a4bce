// The notes repository: memory first, IndexedDB behind it (NotesDisk), nothing written before
// the load, and every failure surfaced with the text still in memory.
import { planImport } from './import-merge.ts';
import type { ImportCounts } from './import-merge.ts';
import { parseNote } from './note.ts';
import type { Note, NoteInput } from './note.ts';
import { deletedOp, putOp, textOp } from './note-ops.ts';
import { NotesDisk } from './notes-disk.ts';
import type {
  NotesRepository,
  NotesRepositoryOptions,
  NotesSnapshot,
  NotesStatus,
} from './notes-repository-types.ts';
import { NotesState } from './notes-state.ts';
import { newId } from '../lib/new-id.ts';
import type { CorruptRecord } from './read-notes.ts';
import { unavailable } from './storage-error.ts';
import type { StorageError } from './storage-error.ts';

/** The IndexedDB database name used when none is given. */
export const DEFAULT_NOTES_DB_NAME = 'kortstokk-notes';
/** The BroadcastChannel name used when none is given. */
export const DEFAULT_NOTES_CHANNEL = 'kortstokk-notes';
const MAX_DEBOUNCE_MS = 300;

/** Opens the notes repository; loading starts at once (see `ready` and `status`). */
export function openNotesRepository(options: NotesRepositoryOptions = {}): NotesRepository {
  return new IdbNotesRepository(options);
}

class IdbNotesRepository implements NotesRepository {
  private readonly state = new NotesState();
  private readonly disk: NotesDisk;
  private readonly now: () => number;
  private readonly createId: () => string;
  private readonly debounceMs: number;

  constructor(options: NotesRepositoryOptions) {
    this.now = options.now ?? Date.now;
    this.createId = options.createId ?? newId;
    this.debounceMs = Math.min(options.debounceMs ?? MAX_DEBOUNCE_MS, MAX_DEBOUNCE_MS);
    this.disk = new NotesDisk(this.state, {
      indexedDB: options.indexedDB ?? globalThis.indexedDB,
      dbName: options.dbName ?? DEFAULT_NOTES_DB_NAME,
      channelName: options.channelName === undefined ? DEFAULT_NOTES_CHANNEL : options.channelName,
      now: this.now,
      createId: this.createId,
      onBeforeWrite: options.onBeforeWrite,
      onFirstSave: options.onFirstSave,
    });
  }

  get ready(): Promise<void> {
    return this.disk.ready;
  }
  get status(): NotesStatus {
    return this.state.status;
  }
  get lastError(): StorageError | null {
    return this.state.lastError;
  }
  get corruptCount(): number {
    return this.state.corruptIds.size;
  }

  // Arrow properties, so `useSyncExternalStore(repo.subscribe, repo.getSnapshot)` needs no bind.
  readonly subscribe = (listener: () => void): (() => void) => this.state.subscribe(listener);
  readonly getSnapshot = (): NotesSnapshot => this.state.getSnapshot();

  all(): readonly Note[] {
    return this.state.getSnapshot().notes;
  }
  get(id: string): Note | undefined {
    return this.state.notes.get(id);
  }
  pendingCount(): number {
    return this.state.pending.size;
  }
  pendingNotes(): readonly Note[] {
    return [...this.state.pending].flatMap((id) => this.state.notes.get(id) ?? []);
  }

  put(input: NoteInput): Note {
    const id = input.id ?? this.createId();
    return this.mutate(id, putOp(id, input), 0);
  }
  setText(id: string, text: string): void {
    this.mutate(id, textOp(id, text), this.debounceMs);
  }
  remove(id: string): void {
    this.mutate(id, deletedOp(true), 0);
  }
  restore(id: string): void {
    this.mutate(id, deletedOp(false), 0);
  }

  async removeWhere(predicate: (note: Note) => boolean): Promise<readonly string[]> {
    await this.disk.ready;
    const ids = this.all()
      .filter(predicate)
      .map((note) => note.id);
    for (const id of ids) this.remove(id);
    return ids;
  }

  async importNotes(notes: readonly unknown[]): Promise<ImportCounts> {
    await this.disk.ready;
    // Without the stored notes we cannot tell new from old: an import could undo newer edits.
    if (!this.disk.loaded) throw this.state.lastError ?? unavailable('The notes are not loaded');
    const plan = planImport((id) => this.state.notes.get(id), notes.map(parseNote));
    for (const note of plan.changes) this.state.setLocal(note);
    if (plan.changes.length > 0) {
      this.state.changed();
      this.disk.schedule(0);
    }
    return plan.counts;
  }

  flush(): Promise<void> {
    return this.disk.flush();
  }
  retry(): Promise<void> {
    return this.disk.retry();
  }
  purgeDeleted(only?: (note: Note) => boolean): Promise<number> {
    return this.disk.purgeDeleted(only);
  }
  corruptRecords(): Promise<readonly CorruptRecord[]> {
    return this.disk.corruptRecords();
  }
  close(): Promise<void> {
    return this.disk.close();
  }

  /** Applies a local edit now (and remembers it for replay while loading). */
  private mutate<T extends Note | undefined>(
    id: string,
    op: (current: Note | undefined, at: number) => T,
    delay: number,
  ): T {
    const at = this.now();
    this.disk.remember({ id, op, at });
    const next = op(this.state.notes.get(id), at);
    if (next !== undefined) {
      this.state.setLocal(next);
      this.state.changed();
      this.disk.schedule(delay);
    }
    return next;
  }
}
