import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migratePrefs, PREFS_VERSION, readPrefs } from '../../src/store/migrate-prefs.ts';
import { DEFAULT_PREFS } from '../../src/store/prefs-slice.ts';

describe('migratePrefs', () => {
  it('upgrades the version 1 shape, mapping `no` to bokmål and the motion flag', () => {
    expect(migratePrefs({ lang: 'no', reducedMotion: true }, 1)).toEqual({
      prefs: { language: 'nb', motion: 'reduce' },
    });
    expect(migratePrefs({ lang: 'nn', reducedMotion: false }, 1)).toEqual({
      prefs: { language: 'nn', motion: 'system' },
    });
  });

  it('keeps valid current-version fields and drops invalid ones', () => {
    expect(migratePrefs({ prefs: { language: 'en', motion: 'sideways' } }, PREFS_VERSION)).toEqual({
      prefs: { language: 'en', motion: 'system' },
    });
    expect(readPrefs({ prefs: { language: 'de', motion: 'allow' } })).toEqual({
      prefs: { language: null, motion: 'allow' },
    });
  });

  it('never throws and always returns valid prefs, whatever was stored', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: -1, max: 10 }), (stored, version) => {
        const { prefs } = migratePrefs(stored, version);
        expect([null, 'nb', 'nn', 'en']).toContain(prefs.language);
        expect(['system', 'reduce', 'allow']).toContain(prefs.motion);
      }),
    );
    expect(migratePrefs(null, 0)).toEqual({ prefs: DEFAULT_PREFS });
  });
});
