import { afterEach, describe, expect, it } from 'vitest';
import { openNotesRepository } from '../../src/storage/notes-repository.ts';
import { freshEnv } from './notes-test-kit.ts';

afterEach(() => {
  // The test hides randomUUID with an own property; the real one stays on Crypto.prototype.
  delete (crypto as { randomUUID?: unknown }).randomUUID;
});

describe('notes repository: ids outside a secure context', () => {
  it('creates a note when crypto.randomUUID is missing (a phone on plain http)', async () => {
    // Browsers offer randomUUID only on HTTPS and loopback; getRandomValues everywhere.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    const repo = openNotesRepository(freshEnv());
    await repo.ready;
    const a = repo.put({ text: 'first' });
    const b = repo.put({ text: 'second' });
    expect(a.id).toMatch(/^[0-9a-f]{32}$/);
    expect(b.id).not.toBe(a.id);
    await repo.flush();
    await repo.close();
  });
});
