import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshEnv, makeNote, openTab, seed, waitUntil } from './notes-test-kit.ts';

describe('notes repository: typed text reaches the disk', () => {
  // Only the debounce timer is faked; fake-indexeddb schedules its work with setImmediate.
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('is there after flush (as on pagehide) when the app is re-opened', async () => {
    const env = freshEnv();
    await seed(env, [makeNote({ id: 'n1', text: '' })]);
    const tab = openTab(env);
    await tab.ready;

    tab.setText('n1', 'typed just before leaving');
    expect(tab.pendingCount()).toBe(1);
    await tab.flush();

    const reopened = openTab(env);
    await reopened.ready;
    expect(reopened.get('n1')?.text).toBe('typed just before leaving');
  });

  it('is saved by the debounce within 300 ms without a flush', async () => {
    const env = freshEnv();
    await seed(env, [makeNote({ id: 'n1', text: '' })]);
    const tab = openTab(env);
    await tab.ready;

    for (const text of ['t', 'ty', 'typ', 'typed']) {
      tab.setText('n1', text);
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(300 - 4 * 50);
    await waitUntil(tab, (repo) => repo.pendingCount() === 0);

    const reopened = openTab(env);
    await reopened.ready;
    expect(reopened.get('n1')?.text).toBe('typed');
  });

  it('keeps the text pending and off the disk until the debounce fires', async () => {
    const env = freshEnv();
    await seed(env, [makeNote({ id: 'n1', text: 'old' })]);
    const tab = openTab(env);
    await tab.ready;

    tab.setText('n1', 'not yet');
    const reopened = openTab(env);
    await reopened.ready;
    expect(reopened.get('n1')?.text).toBe('old');
    expect(tab.pendingCount()).toBe(1);
  });
});
