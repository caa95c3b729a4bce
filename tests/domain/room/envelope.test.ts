import { describe, expect, it } from 'vitest';
import { toBase64url } from '../../../src/domain/room/base64url.ts';
import { joinEnvelope, splitSealed, splitState } from '../../../src/domain/room/envelope.ts';
import { parsePresenterState, presenterStateToJson } from '../../../src/domain/room/presenter-state.ts';
import { parseRoomNote, roomNoteToJson } from '../../../src/domain/room/room-note.ts';
import { createTimer } from '../../../src/domain/timer/timer-state.ts';

const seq = (n: number, from: number) => Uint8Array.from({ length: n }, (_, i) => (from + i) & 255);

describe('envelope layouts', () => {
  it('splits what it joins, by the contract offsets', () => {
    const [pub, iv, ct] = [seq(65, 1), seq(12, 100), seq(20, 200)];
    const sealed = joinEnvelope(pub, iv, ct);
    expect(sealed[0]).toBe(1);
    expect(splitSealed(toBase64url(sealed))).toEqual({
      ok: true,
      parts: { ephemeralPublic: pub, iv, ciphertext: ct },
    });
    expect(splitState(toBase64url(joinEnvelope(iv, ct)))).toEqual({
      ok: true,
      parts: { iv, ciphertext: ct },
    });
  });

  it('needs at least a tag of ciphertext', () => {
    expect(splitState(toBase64url(joinEnvelope(seq(12, 0), seq(15, 0))))).toEqual({
      ok: false,
      reason: 'too-short',
    });
    expect(splitState(toBase64url(joinEnvelope(seq(12, 0), seq(16, 0)))).ok).toBe(true);
  });
});

describe('plaintexts', () => {
  it('reads a presenter state back and refuses extra keys or a broken timer', () => {
    const state = { step: 3, round: 2, timer: { ...createTimer(60_000), startedAt: 10 } };
    expect(parsePresenterState(presenterStateToJson(state))).toEqual(state);
    const json = JSON.parse(presenterStateToJson(state)) as Record<string, unknown>;
    expect(parsePresenterState(JSON.stringify({ ...json, extra: 1 }))).toBeNull();
    expect(parsePresenterState(JSON.stringify({ ...json, timer: '{"type":"kortstokk/timer"}' }))).toBeNull();
    expect(parsePresenterState(JSON.stringify({ ...json, round: 1.5 }))).toBeNull();
  });

  it('reads a note back only with the hand-in schema and its own id', () => {
    const note = { id: 'a', sessionId: 'K7M4QX', cardRef: null, text: 'x', createdAt: 1, updatedAt: 2 };
    expect(parseRoomNote(roomNoteToJson(note), 'a')).toEqual(note);
    expect(parseRoomNote(roomNoteToJson(note), 'b')).toBeNull();
    expect(parseRoomNote(JSON.stringify({ ...note, html: '<b>' }), 'a')).toBeNull();
    expect(parseRoomNote('[', 'a')).toBeNull();
    // Only known fields go out, whatever else the object carries.
    expect(JSON.parse(roomNoteToJson({ ...note, secret: 1 } as typeof note))).toEqual(note);
  });
});
