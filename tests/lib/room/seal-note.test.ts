import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../src/domain/notes/note-types.ts';
import { fromBase64url, toBase64url } from '../../../src/domain/room/base64url.ts';
import { createRoom } from '../../../src/lib/room/room-crypto.ts';
import { RoomCryptoError } from '../../../src/lib/room/room-crypto-error.ts';
import { reasonOf } from './support/reason-of.ts';
import { openNote, sealNote } from '../../../src/lib/room/seal-note.ts';

const note: Note = {
  id: 'note-1',
  sessionId: 'K7M4QX',
  cardRef: 'naervaer/lytte',
  stepIndex: 1,
  seat: 3,
  author: 'Åse',
  text: 'Vi lyttet «mer» enn vi trodde 🙂',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
};

describe('sealNote / openNote', () => {
  it('round-trips a note, with a fresh ephemeral key and IV each time', async () => {
    const room = await createRoom();
    const a = await sealNote(room.facilitatorPublicRaw, room.roomId, note.id, note);
    const b = await sealNote(room.facilitatorPublicRaw, room.roomId, note.id, note);
    expect(a).not.toBe(b);
    expect(a.slice(0, 90)).not.toBe(b.slice(0, 90));
    expect(await openNote(room.privateKey, room.roomId, note.id, a)).toEqual(note);
    const anonymous: Note = {
      id: 'n2',
      sessionId: 'K7M4QX',
      cardRef: null,
      text: '',
      createdAt: 1,
      updatedAt: 1,
    };
    const sealed = await sealNote(room.facilitatorPublicRaw, room.roomId, 'n2', anonymous);
    expect(await openNote(room.privateKey, room.roomId, 'n2', sealed)).toEqual(anonymous);
  });

  it('refuses every single flipped bit of the envelope (all of them)', async () => {
    const room = await createRoom();
    const envelope = await sealNote(room.facilitatorPublicRaw, room.roomId, note.id, note);
    const bytes = fromBase64url(envelope)!;
    const opened: number[] = [];
    for (let bit = 0; bit < bytes.length * 8; bit += 1) {
      const flipped = Uint8Array.from(bytes);
      flipped[bit >> 3]! ^= 1 << (bit & 7);
      const outcome = await openNote(room.privateKey, room.roomId, note.id, toBase64url(flipped)).catch(
        (e: unknown) => e,
      );
      if (!(outcome instanceof RoomCryptoError)) opened.push(bit);
    }
    expect(opened).toEqual([]);
  });

  it('refuses an envelope moved to another note id or room id (AAD), and the wrong private key', async () => {
    const room = await createRoom();
    const other = await createRoom();
    const envelope = await sealNote(room.facilitatorPublicRaw, room.roomId, note.id, note);
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), async (noteId) => {
        fc.pre(noteId !== note.id);
        expect(await reasonOf(openNote(room.privateKey, room.roomId, noteId, envelope))).toBe(
          'decrypt-failed',
        );
      }),
      { numRuns: 30 },
    );
    expect(await reasonOf(openNote(room.privateKey, other.roomId, note.id, envelope))).toBe('decrypt-failed');
    expect(await reasonOf(openNote(other.privateKey, room.roomId, note.id, envelope))).toBe('decrypt-failed');
  });

  it('refuses a note that decrypts but breaks the hand-in note schema or names another id', async () => {
    const room = await createRoom();
    const bad = { ...note, text: 'x'.repeat(20_001) };
    const sealed = await sealNote(room.facilitatorPublicRaw, room.roomId, note.id, bad);
    expect(await reasonOf(openNote(room.privateKey, room.roomId, note.id, sealed))).toBe('invalid-content');
    // Sealed under id `a` but claiming to be note-1: the plaintext id must match.
    const moved = await sealNote(room.facilitatorPublicRaw, room.roomId, 'a', note);
    expect(await reasonOf(openNote(room.privateKey, room.roomId, 'a', moved))).toBe('invalid-content');
  });

  it('names malformed envelopes and bad public keys', async () => {
    const room = await createRoom();
    const open = (text: string) => reasonOf(openNote(room.privateKey, room.roomId, note.id, text));
    expect(await open('AQ')).toBe('too-short');
    expect(await open('a+b/')).toBe('not-base64url');
    const envelope = fromBase64url(await sealNote(room.facilitatorPublicRaw, room.roomId, note.id, note))!;
    expect(await open(toBase64url(Uint8Array.of(0, ...envelope.slice(1))))).toBe('unknown-version');
    // The same point in OpenSSL's «hybrid» spelling (0x06/0x07 | x | y) is refused, not opened.
    const hybrid = Uint8Array.from(envelope);
    hybrid[1] = 6 | (envelope[65]! & 1);
    expect(await open(toBase64url(hybrid))).toBe('bad-key');
    const notOnCurve = Uint8Array.of(4, ...new Uint8Array(64).fill(7));
    expect(await reasonOf(sealNote(notOnCurve, room.roomId, note.id, note))).toBe('bad-key');
    expect(await reasonOf(sealNote(room.facilitatorPublicRaw.slice(1), room.roomId, note.id, note))).toBe(
      'bad-key',
    );
  });

  it('refuses to seal a note too large for the room', async () => {
    const room = await createRoom();
    const huge = { ...note, text: '🙂'.repeat(20_000) };
    expect(await reasonOf(sealNote(room.facilitatorPublicRaw, room.roomId, note.id, huge))).toBe('too-large');
  });
});
