import { describe, expect, it } from 'vitest';
import { checkDeckVersions } from '../../../src/domain/join/deck-versions.ts';
import type { JoinSession } from '../../../src/domain/join/join-session.ts';

const session: JoinSession = {
  v: 1,
  seed: 1,
  seats: 6,
  decks: [
    { id: 'naervaer', version: 3 },
    { id: 'ledelse', version: 2 },
    { id: 'floker', version: 1 },
  ],
};

describe('checkDeckVersions', () => {
  it('is ok when every deck is there in the same version', () => {
    const result = checkDeckVersions(session, [
      { id: 'framtid', version: 1 },
      { id: 'floker', version: 1 },
      { id: 'ledelse', version: 2 },
      { id: 'naervaer', version: 3 },
    ]);
    expect(result).toEqual({ ok: true, missing: [], mismatched: [] });
  });

  it('names missing decks and decks in another version', () => {
    const result = checkDeckVersions(session, [
      { id: 'naervaer', version: 4 },
      { id: 'naervaer', version: 2 },
      { id: 'ledelse', version: 2 },
    ]);
    expect(result).toEqual({
      ok: false,
      missing: [{ id: 'floker', version: 1 }],
      mismatched: [{ id: 'naervaer', wanted: 3, available: [2, 4], newer: false }],
    });
  });

  it('accepts a deck that is available in several versions including the wanted one', () => {
    const result = checkDeckVersions({ ...session, decks: [{ id: 'ledelse', version: 2 }] }, [
      { id: 'ledelse', version: 1 },
      { id: 'ledelse', version: 2 },
    ]);
    expect(result.ok).toBe(true);
  });

  it('says when the device is ahead of the facilitator, so updating the phone would not help', () => {
    const ahead = checkDeckVersions({ ...session, decks: [{ id: 'ledelse', version: 1 }] }, [
      { id: 'ledelse', version: 2 },
    ]);
    expect(ahead.mismatched).toEqual([{ id: 'ledelse', wanted: 1, available: [2], newer: true }]);
    const behind = checkDeckVersions({ ...session, decks: [{ id: 'ledelse', version: 3 }] }, [
      { id: 'ledelse', version: 2 },
    ]);
    expect(behind.mismatched[0]?.newer).toBe(false);
  });
});
