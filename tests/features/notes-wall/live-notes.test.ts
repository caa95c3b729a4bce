import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../src/domain/notes/note-types.ts';
import type { SessionRef } from '../../../src/domain/notes/session-ref.ts';
import { importNotesFile } from '../../../src/features/notes-wall/import-notes-file.ts';
import { applyLiveChange } from '../../../src/features/notes-wall/use-live-notes.ts';
import { createRoom } from '../../../src/lib/room/room-crypto.ts';
import { roomKeysFor } from '../../../src/lib/room/room-keys-backup.ts';
import { sealNote } from '../../../src/lib/room/seal-note.ts';
import { freshEnv, openTab } from '../../storage/notes-test-kit.ts';

const VALID = readFileSync('tests/fixtures/hand-ins/valid.json', 'utf8');
const FILE_NOTES = (JSON.parse(VALID) as { notes: Note[] }).notes;
const REF: SessionRef = { code: 'K7M4QX', seed: 123456, decks: [{ id: 'naervaer', version: 1 }] };

async function setup() {
  const repo = openTab(freshEnv());
  await repo.ready;
  const keys = roomKeysFor(await createRoom(), 'session-1', 1);
  const seal = (n: Note) => sealNote(keys.facilitatorPublicRaw, keys.roomId, n.id, n);
  const live = (entries: [string, string][], removed: string[] = []) => ({
    upserted: new Map(entries),
    removed,
  });
  return { repo, keys, seal, live, liveOnly: new Set<string>() };
}

describe('notes arriving live', () => {
  it('are stored like a hand-in, so importing the same notes as a file afterwards adds nothing', async () => {
    const { repo, keys, seal, live, liveOnly } = await setup();
    const [first, second] = FILE_NOTES as [Note, Note];
    const result = await applyLiveChange(
      repo,
      REF,
      keys,
      live([
        [first.id, await seal(first)],
        [second.id, await seal(second)],
      ]),
      liveOnly,
    );
    expect(result).toEqual({ stored: 2, problem: null });
    expect(
      repo
        .all()
        .map((n) => n.text)
        .sort(),
    ).toEqual(['', first.text]);
    const file = await importNotesFile(VALID, 'valid.json', { kind: 'session', ref: REF }, repo);
    expect(file).toMatchObject({ kind: 'imported', added: 0, updated: 0, unchanged: 2 });
    expect(repo.all()).toHaveLength(2);
  });

  it('takes an edit shared again as an update of the same note', async () => {
    const { repo, keys, seal, live, liveOnly } = await setup();
    const note = FILE_NOTES[0]!;
    await applyLiveChange(repo, REF, keys, live([[note.id, await seal(note)]]), liveOnly);
    const edited = { ...note, text: 'Rettet på mobilen', updatedAt: note.updatedAt + 1 };
    expect(await applyLiveChange(repo, REF, keys, live([[note.id, await seal(edited)]]), liveOnly)).toEqual({
      stored: 1,
      problem: null,
    });
    expect(repo.all().map((n) => n.text)).toEqual(['Rettet på mobilen']);
  });

  it('stores nothing of a tampered envelope and says why', async () => {
    const { repo, keys, seal, live, liveOnly } = await setup();
    const note = FILE_NOTES[0]!;
    const bytes = Buffer.from(await seal(note), 'base64url');
    bytes[70]! ^= 1;
    const result = await applyLiveChange(
      repo,
      REF,
      keys,
      live([[note.id, bytes.toString('base64url')]]),
      liveOnly,
    );
    expect(result).toEqual({ stored: 0, problem: { kind: 'rejected', reason: 'decrypt-failed' } });
    expect(repo.all()).toHaveLength(0);
  });

  it('removes from the wall a note that came only live, and keeps one the facilitator already had', async () => {
    const { repo, keys, seal, live, liveOnly } = await setup();
    const [fromFile, onlyLive] = FILE_NOTES as [Note, Note];
    const onlyFile = { kind: 'session' as const, ref: REF };
    await importNotesFile(
      JSON.stringify({ ...JSON.parse(VALID), notes: [fromFile] }),
      'one.json',
      onlyFile,
      repo,
    );
    const entries: [string, string][] = [
      [fromFile.id, await seal(fromFile)],
      [onlyLive.id, await seal(onlyLive)],
    ];
    await applyLiveChange(repo, REF, keys, live(entries), liveOnly);
    expect(repo.all()).toHaveLength(2);
    await applyLiveChange(repo, REF, keys, live([], [fromFile.id, onlyLive.id]), liveOnly);
    expect(repo.all().map((n) => n.id)).toEqual([fromFile.id]);
  });
});
