import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortCode } from '../../../src/domain/join/short-code.ts';
import type { JoinSession } from '../../../src/domain/join/join-session.ts';
import { anonymiseHandIn, createHandIn, handInToJson } from '../../../src/domain/notes/handin.ts';
import { handInFileName } from '../../../src/domain/notes/handin-file-name.ts';
import { parseHandInText } from '../../../src/domain/notes/parse-handin.ts';
import { sameSession, sessionRefOf } from '../../../src/domain/notes/session-ref.ts';
import { note, notesArb, SESSION } from './support/note-arbitraries.ts';

// 2026-11-22 12:00 UTC
const NOON = Date.UTC(2026, 10, 22, 12);

describe('createHandIn', () => {
  it("stamps the session's code on every note and fills seat and author from the participant", () => {
    const handIn = createHandIn({
      session: SESSION,
      participant: { seat: 3, name: 'Kari' },
      notes: [note({ sessionId: 'local' }), note({ id: 'n2', seat: 5, author: 'Ola' })],
      createdAt: NOON,
    });
    expect(handIn.notes).toEqual([
      note({ sessionId: SESSION.code, seat: 3, author: 'Kari' }),
      note({ id: 'n2', seat: 5, author: 'Ola' }),
    ]);
    expect(handIn).toMatchObject({ participant: { seat: 3, name: 'Kari' }, createdAt: NOON });
  });

  it('leaves every name out when anonymous', () => {
    const handIn = createHandIn({
      session: SESSION,
      participant: { seat: 3, name: 'Kari' },
      notes: [note({ author: 'Ola' })],
      createdAt: NOON,
      anonymous: true,
    });
    expect(handIn.participant).toEqual({ seat: 3 });
    expect(handIn.notes[0]).not.toHaveProperty('author');
    expect(handInToJson(handIn)).not.toMatch(/Kari|Ola|author|name/);
  });

  it('round-trips through handInToJson and parseHandInText, anonymised or not', () => {
    fc.assert(
      fc.property(notesArb(), fc.integer({ min: 1, max: 200 }), fc.boolean(), (notes, seat, anonymous) => {
        const handIn = createHandIn({
          session: SESSION,
          participant: { seat, name: 'Kari' },
          notes,
          createdAt: NOON,
          anonymous,
        });
        expect(parseHandInText(handInToJson(handIn))).toEqual({ ok: true, handIn });
      }),
      { numRuns: 200 },
    );
  });

  it('anonymiseHandIn is idempotent and keeps the notes otherwise the same', () => {
    const handIn = createHandIn({
      session: SESSION,
      participant: { seat: 2, name: 'K' },
      notes: [note()],
      createdAt: NOON,
    });
    const once = anonymiseHandIn(handIn);
    expect(anonymiseHandIn(once)).toEqual(once);
    expect(once.notes[0]).toEqual(note({ seat: 2 }));
  });
});

describe('sessionRefOf', () => {
  it("uses the join link's short code, seed and decks", () => {
    const join: JoinSession = { v: 1, seed: 42, decks: [{ id: 'naervaer', version: 1 }], seats: 12 };
    const ref = sessionRefOf(join);
    expect(ref).toEqual({ code: shortCode(join), seed: 42, decks: [{ id: 'naervaer', version: 1 }] });
    expect(sameSession(ref, sessionRefOf({ ...join }))).toBe(true);
    expect(sameSession(ref, sessionRefOf({ ...join, seed: 43 }))).toBe(false);
    expect(sameSession(ref, { ...ref, decks: [{ id: 'naervaer', version: 2 }] })).toBe(false);
  });
});

describe('handInFileName', () => {
  const handIn = createHandIn({
    session: SESSION,
    participant: { seat: 3, name: 'Kari' },
    notes: [],
    createdAt: NOON,
  });

  it('is readable in each language and never holds the name', () => {
    expect(handInFileName(handIn, 'nb')).toBe('kortstokk-notater-plass-3-2026-11-22.json');
    expect(handInFileName(handIn, 'nn')).toBe('kortstokk-notat-plass-3-2026-11-22.json');
    expect(handInFileName(handIn, 'en')).toBe('kortstokk-notes-seat-3-2026-11-22.json');
  });

  it("takes the local date from the caller's UTC offset", () => {
    const lateEvening = { ...handIn, createdAt: Date.UTC(2026, 10, 22, 23, 30) };
    expect(handInFileName(lateEvening, 'nb')).toBe('kortstokk-notater-plass-3-2026-11-22.json');
    expect(handInFileName(lateEvening, 'nb', 60)).toBe('kortstokk-notater-plass-3-2026-11-23.json');
  });
});
