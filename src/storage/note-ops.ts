// Local edits as pure functions of (current note, time): they can be applied now and replayed
// over the loaded record when they were issued before loading finished.
import type { Note, NoteInput } from './note.ts';

/** A local edit: the new version of the note, or undefined when nothing changes. */
export type NoteOp = (current: Note | undefined, at: number) => Note | undefined;

/** An edit made before loading finished, kept to be replayed over the loaded record. */
export interface EarlyOp {
  readonly id: string;
  readonly op: NoteOp;
  readonly at: number;
}

function bump(note: Note, at: number, revFloor: number): Note {
  return { ...note, updatedAt: at, rev: Math.max(note.rev, revFloor) + 1 };
}

/** Creates or updates a note from the fields given; unspecified fields keep their values. */
export function putOp(id: string, input: NoteInput): (current: Note | undefined, at: number) => Note {
  return (current, at) => {
    const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    const merged: Note = {
      kind: 'note',
      sessionId: null,
      cardRef: null,
      text: '',
      ...current,
      ...defined,
      id,
      createdAt: current?.createdAt ?? input.createdAt ?? at,
      updatedAt: at,
      rev: 0,
    };
    return bump(merged, at, current?.rev ?? 0);
  };
}

/** Replaces the text; a missing note is created as a plain note so typed words are never dropped. */
export function textOp(id: string, text: string): NoteOp {
  return (current, at) => {
    if (current?.text === text) return undefined;
    const base: Note = current ?? {
      id,
      kind: 'note',
      sessionId: null,
      cardRef: null,
      text,
      createdAt: at,
      updatedAt: at,
      rev: 0,
    };
    return bump({ ...base, text }, at, base.rev);
  };
}

/** Soft-deletes (deleted = true) or restores (deleted = false) a note. */
export function deletedOp(deleted: boolean): NoteOp {
  return (current, at) => {
    if (current === undefined || Boolean(current.deleted) === deleted) return undefined;
    const { deleted: _previous, ...rest } = current;
    return bump(deleted ? { ...rest, deleted: true } : rest, at, current.rev);
  };
}
