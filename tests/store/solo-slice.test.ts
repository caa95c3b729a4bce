// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIENCES } from '../../src/domain/deck/audience.ts';
import { DEFAULT_SOLO_PREFS, readSoloPrefs, SILENCE_MINUTES } from '../../src/store/solo-slice.ts';
import { PREFS_STORAGE_KEY } from '../../src/lib/storage-keys.ts';
import { useAppStore } from '../../src/store/store.ts';

describe('readSoloPrefs', () => {
  it('keeps valid stored choices', () => {
    const solo = {
      excluded: ['ledelse/roller', 'framtid/kompetanse'],
      audience: 'union-reps',
      silenceMinutes: 5,
      muted: true,
      lookBackWeeks: 8,
    };
    expect(readSoloPrefs({ solo })).toEqual(solo);
  });

  it('drops invalid fields one by one and falls back to defaults', () => {
    expect(
      readSoloPrefs({
        solo: {
          excluded: ['ok/yes', 'no-slash', 7, 'ok/yes', 'a/b/c'],
          audience: 'bosses',
          silenceMinutes: 0,
          muted: 'yes',
          lookBackWeeks: 3,
        },
      }),
    ).toEqual({ ...DEFAULT_SOLO_PREFS, excluded: ['ok/yes'] });
    expect(readSoloPrefs({ solo: { silenceMinutes: SILENCE_MINUTES.max + 1 } }).silenceMinutes).toBe(2);
    expect(readSoloPrefs({ solo: { silenceMinutes: 2.5 } }).silenceMinutes).toBe(2);
  });

  it('reads choices stored before «Hvem er kortet for?» as they were, for everyone', () => {
    // The shape persisted under PREFS_VERSION 2 before the audience field existed.
    const before = { excluded: ['ledelse/roller'], silenceMinutes: 4, muted: true, lookBackWeeks: 2 };
    expect(
      readSoloPrefs({ prefs: { language: 'nb', motion: 'system' }, hiddenCards: [], solo: before }),
    ).toEqual({
      ...before,
      audience: null,
    });
  });

  it('never throws and always returns sound choices, whatever was stored', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (solo, other) => {
        const prefs = readSoloPrefs({ solo, other });
        expect(Number.isInteger(prefs.silenceMinutes)).toBe(true);
        expect(typeof prefs.muted).toBe('boolean');
        expect(prefs.excluded.every((k) => typeof k === 'string' && k.includes('/'))).toBe(true);
        expect([null, ...AUDIENCES]).toContain(prefs.audience);
      }),
    );
    expect(readSoloPrefs(null)).toEqual(DEFAULT_SOLO_PREFS);
  });
});

describe('solo slice', () => {
  it('remembers the choices in the persisted prefs and refuses bad values', () => {
    const store = useAppStore.getState();
    store.setSoloExcluded(['ledelse/roller']);
    store.setSoloAudience('elected-members');
    store.setSoloAudience('nobody' as never);
    store.setSilenceMinutes(3);
    store.setSilenceMinutes(-4);
    store.setSoloMuted(true);
    store.setLookBackWeeks(12);
    expect(useAppStore.getState().solo).toEqual({
      excluded: ['ledelse/roller'],
      audience: 'elected-members',
      silenceMinutes: 3,
      muted: true,
      lookBackWeeks: 12,
    });
    const saved = JSON.parse(localStorage.getItem(PREFS_STORAGE_KEY) ?? '{}') as { state?: unknown };
    expect(readSoloPrefs(saved.state)).toEqual(useAppStore.getState().solo);
  });
});
