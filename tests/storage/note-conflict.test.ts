import { describe, expect, it } from 'vitest';
import { resolveConflict } from '../../src/storage/note-conflict.ts';
import { makeNote } from './notes-test-kit.ts';

const createId = (): string => 'copy-1';

describe('resolveConflict', () => {
  it('keeps the later local edit under the id, with a rev above both, and copies the stored text', () => {
    const local = makeNote({ id: 'n', text: 'local', updatedAt: 20, rev: 2 });
    const stored = makeNote({ id: 'n', text: 'stored', updatedAt: 10, rev: 5 });
    const { winner, localWon, copy } = resolveConflict(local, stored, createId);
    expect(localWon).toBe(true);
    expect(winner).toMatchObject({ text: 'local', rev: 6 });
    expect(copy).toMatchObject({ id: 'copy-1', text: 'stored', meta: { conflictOf: 'n' } });
  });

  it('keeps a later stored version and copies the local text', () => {
    const local = makeNote({ id: 'n', text: 'local', updatedAt: 10, sessionId: 's' });
    const stored = makeNote({ id: 'n', text: 'stored', updatedAt: 20 });
    const { winner, localWon, copy } = resolveConflict(local, stored, createId);
    expect(localWon).toBe(false);
    expect(winner).toBe(stored);
    expect(copy).toMatchObject({ text: 'local', sessionId: 's', meta: { conflictOf: 'n' } });
  });

  it('makes no copy when the loser adds no words', () => {
    const same = resolveConflict(
      makeNote({ id: 'n', text: 'x', updatedAt: 2 }),
      makeNote({ id: 'n', text: 'x' }),
      createId,
    );
    const deleted = resolveConflict(
      makeNote({ id: 'n', text: 'x', updatedAt: 2 }),
      makeNote({ id: 'n', text: 'y', deleted: true }),
      createId,
    );
    expect(same.copy).toBeUndefined();
    expect(deleted.copy).toBeUndefined();
  });
});
