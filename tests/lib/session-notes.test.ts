import { describe, expect, it } from 'vitest';
import { decodeJoin } from '../../src/domain/join/decode-join.ts';
import type { JoinSession } from '../../src/domain/join/join-session.ts';
import { createHandIn, handInToJson } from '../../src/domain/notes/handin.ts';
import { parseHandInText } from '../../src/domain/notes/parse-handin.ts';
import type { Note } from '../../src/domain/notes/note-types.ts';
import type { Note as StoredNote } from '../../src/storage/note.ts';
import {
  isSessionNote,
  readMeta,
  sessionRefForJoin,
  sessionRefFromNote,
  toDomainNote,
  toStoredNote,
} from '../../src/lib/session-notes.ts';

const SESSION: JoinSession = { v: 1, seed: 42, decks: [{ id: 'naervaer', version: 1 }], seats: 6, cards: 4 };
const REF = sessionRefForJoin(SESSION);

const stored = (over: Partial<StoredNote> = {}): StoredNote => ({
  id: 'a1b2-c3',
  kind: 'note',
  sessionId: REF.code,
  cardRef: 'naervaer/naervaer-001',
  text: 'Tid til å se hverandre',
  createdAt: 1000,
  updatedAt: 2000,
  rev: 3,
  meta: { seat: 3, mine: true, stepIndex: 1, session: { seed: 42, decks: [{ id: 'naervaer', version: 1 }] } },
  ...over,
});

describe('session notes', () => {
  it('gives every step of a session the same session reference', () => {
    for (const step of [0, 1, 7]) expect(sessionRefForJoin({ ...SESSION, step })).toEqual(REF);
    expect(sessionRefForJoin({ ...SESSION, seed: 43 }).code).not.toBe(REF.code);
  });

  it('turns a phone note into a hand-in note that validates, and back into a stored note', () => {
    const note = toDomainNote(stored());
    expect(note).toEqual({
      id: 'a1b2-c3',
      sessionId: REF.code,
      cardRef: 'naervaer/naervaer-001',
      text: 'Tid til å se hverandre',
      createdAt: 1000,
      updatedAt: 2000,
      stepIndex: 1,
      seat: 3,
    });
    const handIn = createHandIn({
      session: REF,
      participant: { seat: 3, name: 'Kari' },
      notes: [note as Note],
      createdAt: 3000,
    });
    const parsed = parseHandInText(handInToJson(handIn));
    expect(parsed.ok).toBe(true);
    const back = toStoredNote(handIn.notes[0] as Note, REF);
    expect(back).toMatchObject({ id: 'a1b2-c3', kind: 'note', sessionId: REF.code, rev: 0 });
    expect(readMeta(back)).toEqual({
      seat: 3,
      author: 'Kari',
      stepIndex: 1,
      session: { seed: 42, decks: REF.decks },
    });
    expect(sessionRefFromNote(back)).toEqual(REF);
  });

  it('drops meta and refs that would make a hand-in invalid', () => {
    const note = toDomainNote(
      stored({
        cardRef: 'not a ref',
        meta: { seat: 0, author: '  ', stepIndex: 200, session: 'x' },
        createdAt: 1.5,
      }),
    );
    expect(note).toEqual({
      id: 'a1b2-c3',
      sessionId: REF.code,
      cardRef: null,
      text: 'Tid til å se hverandre',
      createdAt: 1,
      updatedAt: 2000,
    });
    expect(toDomainNote(stored({ id: 'has space' }))).toBeNull();
    expect(toDomainNote(stored({ sessionId: null }))).toBeNull();
    expect(sessionRefFromNote(stored({ meta: {} }))).toBeNull();
  });

  it('knows which notes belong to a session', () => {
    expect(isSessionNote(stored(), REF.code)).toBe(true);
    expect(isSessionNote(stored({ deleted: true }), REF.code)).toBe(false);
    expect(isSessionNote(stored({ kind: 'journal' }), REF.code)).toBe(false);
    expect(isSessionNote(stored(), 'OTHER1')).toBe(false);
  });

  it('a decoded link and the session it came from name the same session', () => {
    const decoded = decodeJoin('v=1&s=42&d=naervaer.1&n=6&k=4&p=2');
    expect(decoded.ok && sessionRefForJoin(decoded.session)).toEqual(REF);
  });
});
