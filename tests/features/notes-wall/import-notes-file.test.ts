import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTES_EXPORT_TYPE } from '../../../src/domain/notes/export-json.ts';
import type { SessionRef } from '../../../src/domain/notes/session-ref.ts';
import { importNotesFile, type ImportTarget } from '../../../src/features/notes-wall/import-notes-file.ts';
import { readMeta } from '../../../src/lib/session-notes.ts';
import { freshEnv, openTab } from '../../storage/notes-test-kit.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/hand-ins/${name}`, 'utf8');
const VALID = fixture('valid.json');
const REF: SessionRef = { code: 'K7M4QX', seed: 123456, decks: [{ id: 'naervaer', version: 1 }] };

const open = async () => {
  const repo = openTab(freshEnv());
  await repo.ready;
  return repo;
};

describe('importNotesFile', () => {
  it('merges a hand-in into the session; the same file again adds nothing', async () => {
    const repo = await open();
    const target: ImportTarget = { kind: 'session', ref: REF };
    const first = await importNotesFile(VALID, 'valid.json', target, repo);
    expect(first).toEqual({
      kind: 'imported',
      source: 'valid.json',
      code: 'K7M4QX',
      seat: 3,
      name: 'Kari',
      added: 2,
      updated: 0,
      unchanged: 0,
    });
    expect(repo.all().filter((n) => n.sessionId === 'K7M4QX' && n.kind === 'note')).toHaveLength(2);
    const stored = repo.all().find((n) => n.text.startsWith('Vi ville'));
    expect(readMeta(stored!)).toMatchObject({
      seat: 3,
      author: 'Kari',
      stepIndex: 0,
      session: { seed: 123456 },
    });
    const again = await importNotesFile(new TextEncoder().encode(VALID), 'valid.json', target, repo);
    expect(again).toMatchObject({ kind: 'imported', added: 0, updated: 0, unchanged: 2 });
    expect(repo.all()).toHaveLength(2);
  });

  it('takes a newer version of a note as an update', async () => {
    const repo = await open();
    await importNotesFile(VALID, 'a.json', { kind: 'any' }, repo);
    const newer = JSON.parse(VALID) as { notes: { text: string; updatedAt: number }[] };
    newer.notes[0]!.text = 'Rettet tekst';
    newer.notes[0]!.updatedAt += 1000;
    const result = await importNotesFile(JSON.stringify(newer), 'b.json', { kind: 'any' }, repo);
    expect(result).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect(repo.all().some((n) => n.text === 'Rettet tekst')).toBe(true);
  });

  it('refuses a file of another session whole, for a known session and for a code', async () => {
    const repo = await open();
    const other = fixture('other-session.json');
    for (const target of [
      { kind: 'session', ref: REF },
      { kind: 'code', code: 'K7M4QX' },
    ] as ImportTarget[])
      expect(await importNotesFile(other, 'other.json', target, repo)).toEqual({
        kind: 'other-session',
        source: 'other.json',
        code: 'PQ2W9Z',
      });
    // A note stamped with another session inside a file of this session is refused too.
    const smuggled = JSON.parse(VALID) as { notes: { sessionId: string }[] };
    smuggled.notes[1]!.sessionId = 'PQ2W9Z';
    expect(await importNotesFile(JSON.stringify(smuggled), 's.json', { kind: 'any' }, repo)).toMatchObject({
      kind: 'other-session',
    });
    expect(repo.all()).toHaveLength(0);
  });

  it('reports every issue of an invalid file and stores nothing', async () => {
    const repo = await open();
    for (const name of ['missing-field.json', 'not-json.json', 'wrong-type.json', 'proto-key.json']) {
      const result = await importNotesFile(fixture(name), name, { kind: 'any' }, repo);
      expect(result.kind, name).toBe('invalid');
    }
    const missing = await importNotesFile(fixture('missing-field.json'), 'm.json', { kind: 'any' }, repo);
    expect(missing.kind === 'invalid' && missing.issues).toEqual([
      { path: 'notes[0].updatedAt', code: 'required' },
    ]);
    expect(repo.all()).toHaveLength(0);
  });

  it('imports a whole-session export (no participant) the same way', async () => {
    const repo = await open();
    const handIn = JSON.parse(VALID) as { session: unknown; notes: unknown[] };
    const exported = {
      type: NOTES_EXPORT_TYPE,
      format: 1,
      session: handIn.session,
      exportedAt: 5,
      notes: handIn.notes,
    };
    const result = await importNotesFile(
      JSON.stringify(exported),
      'backup.json',
      { kind: 'code', code: 'K7M4QX' },
      repo,
    );
    expect(result).toMatchObject({ kind: 'imported', seat: null, name: null, added: 2 });
  });
});
