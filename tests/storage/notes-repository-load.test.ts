import { describe, expect, it } from 'vitest';
import { freshEnv, makeNote, manualClock, openTab, rawGet, seed } from './notes-test-kit.ts';

describe('notes repository: loading and saving', () => {
  it('keeps a text edit issued while loading instead of the older stored version', async () => {
    const env = freshEnv();
    await seed(env, [
      makeNote({
        id: 'n1',
        kind: 'journal',
        sessionId: 's1',
        text: 'old words',
        createdAt: 5,
        updatedAt: 10,
        rev: 3,
      }),
    ]);
    const clock = manualClock(500);
    const repo = openTab(env, { now: clock.now });

    expect(repo.status).toBe('loading');
    repo.setText('n1', 'new words');
    expect(repo.get('n1')?.text).toBe('new words');
    await repo.ready;

    const note = repo.get('n1');
    expect(note).toMatchObject({
      text: 'new words',
      kind: 'journal',
      sessionId: 's1',
      createdAt: 5,
      updatedAt: 500,
    });
    expect(note?.rev).toBeGreaterThan(3);
    await repo.flush();
    expect(await rawGet(env, 'notes', 'n1')).toMatchObject({ text: 'new words', kind: 'journal' });
  });

  it('keeps a put issued while loading and persists it once loaded', async () => {
    const env = freshEnv();
    await seed(env, [makeNote({ id: 'n1', text: 'stored', updatedAt: 10 })]);
    const repo = openTab(env);
    const created = repo.put({ text: 'typed during load', sessionId: 's2' });
    await repo.ready;

    expect(
      repo
        .all()
        .map((note) => note.text)
        .sort(),
    ).toEqual(['stored', 'typed during load']);
    await repo.flush();
    expect(await rawGet(env, 'notes', created.id)).toMatchObject({
      text: 'typed during load',
      sessionId: 's2',
    });
  });

  it('does not write before loading has finished', async () => {
    const env = freshEnv();
    await seed(env, [makeNote({ id: 'n1', text: 'stored' })]);
    const statusesAtWrite: string[] = [];
    const repo = openTab(env, { onBeforeWrite: () => void statusesAtWrite.push(repo.status) });
    repo.put({ id: 'n2', text: 'early' });
    repo.setText('n1', 'early edit');
    await repo.flush();

    expect(statusesAtWrite.length).toBeGreaterThan(0);
    expect(statusesAtWrite.every((status) => status === 'ready')).toBe(true);
  });

  it('persists notes across a re-open', async () => {
    const env = freshEnv();
    const first = openTab(env);
    await first.ready;
    const note = first.put({ kind: 'assessment', cardRef: 'deck/3', text: 'hello' });
    await first.flush();
    await first.close();

    const second = openTab(env);
    await second.ready;
    expect(second.get(note.id)).toEqual(note);
  });

  it('soft-deletes with remove, undoes with restore, and wipes a session with removeWhere', async () => {
    const env = freshEnv();
    const repo = openTab(env);
    await repo.ready;
    const a = repo.put({ sessionId: 's1', text: 'a' });
    const b = repo.put({ sessionId: 's1', text: 'b' });
    const c = repo.put({ sessionId: 's2', text: 'c' });

    repo.remove(a.id);
    expect(repo.all().map((note) => note.id)).toEqual([b.id, c.id]);
    expect(repo.get(a.id)?.deleted).toBe(true);
    repo.restore(a.id);
    expect(repo.all().map((note) => note.id)).toContain(a.id);

    const removed = await repo.removeWhere((note) => note.sessionId === 's1');
    expect([...removed].sort()).toEqual([a.id, b.id].sort());
    await repo.flush();
    expect(await rawGet(env, 'notes', b.id)).toMatchObject({ deleted: true, text: 'b' });
    expect(repo.all().map((note) => note.id)).toEqual([c.id]);
  });

  it('purgeDeleted erases soft-deleted notes from disk', async () => {
    const env = freshEnv();
    const repo = openTab(env);
    await repo.ready;
    const a = repo.put({ text: 'private' });
    const b = repo.put({ text: 'keep' });
    repo.remove(a.id);

    expect(await repo.purgeDeleted()).toBe(1);
    expect(await rawGet(env, 'notes', a.id)).toBeUndefined();
    expect(repo.get(a.id)).toBeUndefined();
    expect(await rawGet(env, 'notes', b.id)).toMatchObject({ text: 'keep' });
  });

  it('purgeDeleted with a filter leaves other deleted notes restorable', async () => {
    const env = freshEnv();
    const repo = openTab(env);
    await repo.ready;
    const session = repo.put({ text: 'session note', sessionId: 'ABC123' });
    const journal = repo.put({ kind: 'journal', text: 'journal entry' });
    repo.remove(session.id);
    repo.remove(journal.id);

    expect(await repo.purgeDeleted((note) => note.sessionId === 'ABC123')).toBe(1);
    expect(await rawGet(env, 'notes', session.id)).toBeUndefined();
    repo.restore(journal.id);
    await repo.flush();
    const restored = (await rawGet(env, 'notes', journal.id)) as { text: string; deleted?: boolean };
    expect(restored.text).toBe('journal entry');
    expect(restored.deleted ?? false).toBe(false);
  });

  it('calls onFirstSave once, after the first note is saved', async () => {
    const env = freshEnv();
    const calls: number[] = [];
    const repo = openTab(env, { onFirstSave: () => calls.push(repo.pendingCount()) });
    await repo.ready;
    expect(calls).toEqual([]);
    repo.put({ text: 'one' });
    await repo.flush();
    repo.put({ text: 'two' });
    await repo.flush();
    expect(calls).toEqual([0]);
  });

  it('returns the same snapshot object until something changes', async () => {
    const env = freshEnv();
    const repo = openTab(env);
    await repo.ready;
    const before = repo.getSnapshot();
    expect(repo.getSnapshot()).toBe(before);

    let notified = 0;
    const unsubscribe = repo.subscribe(() => (notified += 1));
    repo.put({ text: 'x' });
    unsubscribe();
    const after = repo.getSnapshot();
    expect(notified).toBeGreaterThan(0);
    expect(after).not.toBe(before);
    expect(after.notes.map((note) => note.text)).toEqual(['x']);
    expect(repo.getSnapshot()).toBe(after);
  });
});
