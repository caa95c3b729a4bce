// The Note record as stored in IndexedDB: one record per note, keyed by id.
import * as v from 'valibot';

/** Known note kinds; any other non-empty string is accepted so newer kinds survive older code. */
export type NoteKind = 'note' | 'journal' | 'assessment' | (string & {});

export interface Note {
  readonly id: string;
  readonly kind: NoteKind;
  readonly sessionId: string | null;
  readonly cardRef: string | null;
  readonly text: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Incremented on every change; with updatedAt it identifies one version of a note. */
  readonly rev: number;
  readonly deleted?: boolean;
  readonly meta?: Readonly<Record<string, unknown>>;
}

/** What `put` accepts: any subset of a note; missing fields keep their stored values or defaults. */
export type NoteInput = Partial<Omit<Note, 'updatedAt' | 'rev'>>;

const time = v.pipe(v.number(), v.finite());

// looseObject keeps fields this code does not know, so a record is never trimmed on re-save.
const NoteSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1)),
  kind: v.pipe(v.string(), v.minLength(1)),
  sessionId: v.nullable(v.string()),
  cardRef: v.nullable(v.string()),
  text: v.string(),
  createdAt: time,
  updatedAt: time,
  rev: v.pipe(v.number(), v.integer(), v.minValue(0)),
  deleted: v.optional(v.boolean()),
  meta: v.optional(v.record(v.string(), v.unknown())),
});

/** Validates an unknown stored value as a Note; undefined when it is not one. */
export function parseNote(value: unknown): Note | undefined {
  const result = v.safeParse(NoteSchema, value);
  return result.success ? result.output : undefined;
}

/** True when both are the same version of the same note (as far as a conflict check needs). */
export function sameVersion(a: Note, b: Note | undefined): boolean {
  return (
    b !== undefined &&
    a.id === b.id &&
    a.rev === b.rev &&
    a.updatedAt === b.updatedAt &&
    a.text === b.text &&
    Boolean(a.deleted) === Boolean(b.deleted)
  );
}
