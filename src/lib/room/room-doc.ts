import type * as Y from 'yjs';
import {
  ROOM_DOC,
  ROOM_MAX_ENVELOPE_CHARS,
  ROOM_MAX_NOTES,
  ROOM_MAX_SEAT_CHARS,
  ROOM_NOTE_ID_PATTERN,
} from '../../domain/room/room-contract.ts';

/**
 * The room's Y.Doc as the contract shapes it: `notes` (note id → sealed envelope) and `state`
 * (`presenter` → state envelope). Anyone holding the room token can write to the document, so
 * everything read from it is checked, and entries of the wrong form are skipped, never passed on.
 */

/** Notes that were added or changed, and ids that were removed, in one change of the document. */
export type RoomNotesChange = {
  readonly upserted: ReadonlyMap<string, string>;
  readonly removed: readonly string[];
};

export const isEnvelope = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= ROOM_MAX_ENVELOPE_CHARS;

export const isNoteId = (id: string): boolean => ROOM_NOTE_ID_PATTERN.test(id);

export function notesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOM_DOC.notes);
}

export function stateMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOM_DOC.state);
}

/** Every well-formed note in the document. */
export function readNotes(doc: Y.Doc): Map<string, string> {
  const out = new Map<string, string>();
  notesMap(doc).forEach((value, id) => {
    if (isNoteId(id) && isEnvelope(value)) out.set(id, value);
  });
  return out;
}

/** Calls back with each change of the notes map (remote or local), well-formed entries only. */
export function observeNotes(doc: Y.Doc, onNotes: (change: RoomNotesChange) => void): () => void {
  const map = notesMap(doc);
  const observer = (event: Y.YMapEvent<unknown>) => {
    const upserted = new Map<string, string>();
    const removed: string[] = [];
    event.changes.keys.forEach((change, id) => {
      if (!isNoteId(id)) return;
      const value = map.get(id);
      if (change.action === 'delete') removed.push(id);
      else if (isEnvelope(value)) upserted.set(id, value);
      // An entry overwritten with garbage is as good as gone for the reader.
      else removed.push(id);
    });
    if (upserted.size > 0 || removed.length > 0) onNotes({ upserted, removed });
  };
  map.observe(observer);
  return () => map.unobserve(observer);
}

/** Puts a sealed note in the room; false when the id or envelope is not one the room accepts, or the room is full. */
export function putNote(doc: Y.Doc, noteId: string, envelope: string): boolean {
  const map = notesMap(doc);
  if (!isNoteId(noteId) || !isEnvelope(envelope)) return false;
  if (!map.has(noteId) && map.size >= ROOM_MAX_NOTES) return false;
  map.set(noteId, envelope);
  return true;
}

/** The presenter's state envelope, or null when there is none (or it is malformed). */
export function readPresenter(doc: Y.Doc): string | null {
  const value = stateMap(doc).get(ROOM_DOC.presenterKey);
  return isEnvelope(value) ? value : null;
}

/** Calls back with each new presenter state envelope (remote or local). */
export function observePresenter(doc: Y.Doc, onPresenter: (envelope: string) => void): () => void {
  const map = stateMap(doc);
  const observer = (event: Y.YMapEvent<unknown>) => {
    const value = map.get(ROOM_DOC.presenterKey);
    if (event.keysChanged.has(ROOM_DOC.presenterKey) && isEnvelope(value)) onPresenter(value);
  };
  map.observe(observer);
  return () => map.unobserve(observer);
}

/** The distinct seats the room's awareness reports, as short strings, sorted. */
export function seatsOf(states: ReadonlyMap<number, Record<string, unknown>>): string[] {
  const seats = new Set<string>();
  states.forEach((state) => {
    const seat = state[ROOM_DOC.seatField];
    if (typeof seat === 'string' && seat.length > 0 && seat.length <= ROOM_MAX_SEAT_CHARS) seats.add(seat);
  });
  return [...seats].sort();
}
