// The repository's memory: the notes as the user sees them, which of them are unsaved, and the
// version of each last seen on disk (the base a write is checked against).
import type { CommitResult } from './commit-notes.ts';
import type { Note } from './note.ts';
import type { EarlyOp } from './note-ops.ts';
import type { NotesSnapshot, NotesStatus } from './notes-repository-types.ts';
import type { LoadedNotes } from './read-notes.ts';
import type { StorageError } from './storage-error.ts';

function byCreation(a: Note, b: Note): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Mutable state plus a cached snapshot that is rebuilt only after `changed()`. */
export class NotesState {
  readonly notes = new Map<string, Note>();
  readonly base = new Map<string, Note>();
  readonly pending = new Set<string>();
  /** Keys of every invalid stored value met (left in place, or moved to the quarantine). */
  readonly corruptIds = new Set<string>();
  status: NotesStatus = 'loading';
  lastError: StorageError | null = null;
  private snapshot: NotesSnapshot | null = null;
  private readonly listeners = new Set<() => void>();

  /** A local edit: shown at once, saved later. */
  setLocal(note: Note): void {
    this.notes.set(note.id, note);
    this.pending.add(note.id);
  }

  /** A version known to be on disk. */
  setStored(note: Note): void {
    this.notes.set(note.id, note);
    this.base.set(note.id, note);
    this.pending.delete(note.id);
  }

  /** The note is gone from disk (and holds no unsaved edit). */
  forget(id: string): void {
    this.notes.delete(id);
    this.base.delete(id);
    this.pending.delete(id);
  }

  /** Takes in a full load; `early` edits (made while loading) are replayed on top and win. */
  absorbLoad({ notes, corruptIds }: LoadedNotes, early: readonly EarlyOp[] | null): void {
    const onDisk = new Map(notes.map((note) => [note.id, note]));
    for (const id of corruptIds) this.corruptIds.add(id);
    for (const id of [...this.notes.keys()]) {
      if (!onDisk.has(id) && !this.pending.has(id)) this.forget(id);
    }
    for (const note of notes) {
      if (!this.pending.has(note.id)) this.setStored(note);
      // On a re-load (early === null) an unsaved edit keeps its old base, so conflicts still show.
      else if (early !== null) this.base.set(note.id, note);
    }
    for (const id of new Set(early?.map((entry) => entry.id))) {
      let note = onDisk.get(id);
      for (const entry of early ?? []) if (entry.id === id) note = entry.op(note, entry.at) ?? note;
      if (note === undefined) this.forget(id);
      else if (note === onDisk.get(id)) this.setStored(note);
      else this.setLocal(note);
    }
  }

  /** Takes in a committed write; resolves to the ids other tabs should re-read. */
  absorbCommit({ outcomes, copies, quarantined }: CommitResult): string[] {
    for (const { kind, local, stored } of outcomes) {
      if (this.notes.get(local.id) === local) this.setStored(stored);
      // A newer local edit keeps the old base when the remote won, so its write sees the conflict.
      else if (kind === 'written') this.base.set(local.id, stored);
    }
    for (const copy of copies) this.setStored(copy);
    for (const id of quarantined) this.corruptIds.add(id);
    return [...outcomes.map((outcome) => outcome.local.id), ...copies.map((copy) => copy.id)];
  }

  /** Takes in notes re-read after another tab changed them; unsaved local edits are left alone. */
  absorbRemote(found: ReadonlyMap<string, Note | 'corrupt' | undefined>): void {
    for (const [id, value] of found) {
      if (this.pending.has(id)) continue;
      if (value === undefined) this.forget(id);
      else if (value === 'corrupt') this.corruptIds.add(id);
      else this.setStored(value);
    }
  }

  /** Sets status and error together and notifies. */
  report(status: NotesStatus, error: StorageError | null): void {
    this.status = status;
    this.lastError = error;
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  getSnapshot(): NotesSnapshot {
    this.snapshot ??= {
      status: this.status,
      notes: [...this.notes.values()].filter((note) => !note.deleted).sort(byCreation),
      pendingCount: this.pending.size,
      lastError: this.lastError,
      corruptCount: this.corruptIds.size,
    };
    return this.snapshot;
  }

  /** Drops the cached snapshot and notifies subscribers. */
  changed(): void {
    this.snapshot = null;
    for (const listener of [...this.listeners]) listener();
  }
}
