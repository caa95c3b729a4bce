import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ROOM_MAX_NOTES } from '../../../src/domain/room/room-contract.ts';
import {
  notesMap,
  observeNotes,
  observePresenter,
  putNote,
  readNotes,
  readPresenter,
  seatsOf,
  stateMap,
  type RoomNotesChange,
} from '../../../src/lib/room/room-doc.ts';

/** Applies what another (possibly hostile) client wrote, as the provider would. */
function fromOtherClient(doc: Y.Doc, write: (other: Y.Doc) => void) {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  write(other);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
}

describe('room document', () => {
  it('passes on well-formed notes only, and treats a note overwritten with garbage as removed', () => {
    const doc = new Y.Doc();
    const changes: RoomNotesChange[] = [];
    observeNotes(doc, (c) => changes.push(c));
    fromOtherClient(doc, (other) => {
      const notes = notesMap(other);
      notes.set('ok', 'AQID');
      notes.set('bad id', 'AQID');
      notes.set('n2', 42);
      notes.set('n3', 'x'.repeat(70_000));
    });
    expect(readNotes(doc)).toEqual(new Map([['ok', 'AQID']]));
    expect(changes.at(-1)?.upserted).toEqual(new Map([['ok', 'AQID']]));
    fromOtherClient(doc, (other) => notesMap(other).set('ok', { html: '<b>' }));
    expect(changes.at(-1)).toEqual({ upserted: new Map(), removed: ['ok'] });
  });

  it('refuses a note the room would not accept, and a new one past the cap', () => {
    const doc = new Y.Doc();
    expect(putNote(doc, 'a', '')).toBe(false);
    expect(putNote(doc, 'x'.repeat(65), 'AQID')).toBe(false);
    doc.transact(() => {
      for (let i = 0; i < ROOM_MAX_NOTES; i += 1) notesMap(doc).set(`n${i}`, 'AQID');
    });
    expect(putNote(doc, 'one-more', 'AQID')).toBe(false);
    expect(putNote(doc, 'n1', 'BBBB')).toBe(true); // replacing an existing note is fine
  });

  it('reads the presenter envelope and reports its changes', () => {
    const doc = new Y.Doc();
    const seen: string[] = [];
    observePresenter(doc, (e) => seen.push(e));
    expect(readPresenter(doc)).toBeNull();
    fromOtherClient(doc, (other) => stateMap(other).set('presenter', 'AQID'));
    fromOtherClient(doc, (other) => stateMap(other).set('seats', 'ignored'));
    fromOtherClient(doc, (other) => stateMap(other).set('presenter', 7));
    expect(seen).toEqual(['AQID']);
    expect(readPresenter(doc)).toBeNull();
  });

  it('lists distinct short seats from awareness states', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { seat: '3' }],
      [2, { seat: '12' }],
      [3, { seat: '3' }],
      [4, {}],
      [5, { seat: 'x'.repeat(17) }],
      [6, { seat: 4 }],
    ]);
    expect(seatsOf(states)).toEqual(['12', '3']);
  });
});
