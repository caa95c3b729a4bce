// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { cardRef } from '../../src/domain/deck/card-ref.ts';
import { MAX_HIDDEN_CARDS, readHiddenCards } from '../../src/store/hidden-cards-slice.ts';
import { PREFS_VERSION } from '../../src/store/migrate-prefs.ts';
import { PREFS_STORAGE_KEY } from '../../src/lib/storage-keys.ts';
import { useAppStore } from '../../src/store/store.ts';

const stored = () =>
  JSON.parse(localStorage.getItem(PREFS_STORAGE_KEY) ?? 'null') as { state: Record<string, unknown> };

beforeEach(() => {
  useAppStore.setState({ hiddenCards: [] });
});

describe('hidden cards slice', () => {
  it('hides a card once, unhides it, and unhides several at once', () => {
    const { hideCard, unhideCard, unhideCards } = useAppStore.getState();
    hideCard(cardRef('ledelse', 'ledelse-001'));
    hideCard(cardRef('ledelse', 'ledelse-001'));
    hideCard(cardRef('samspill', 'samspill-002'));
    hideCard(cardRef('framtid', 'framtid-003'));
    expect(useAppStore.getState().hiddenCards).toEqual([
      'ledelse/ledelse-001',
      'samspill/samspill-002',
      'framtid/framtid-003',
    ]);
    unhideCard('samspill/samspill-002');
    expect(useAppStore.getState().hiddenCards).toEqual(['ledelse/ledelse-001', 'framtid/framtid-003']);
    unhideCards(['ledelse/ledelse-001', 'framtid/framtid-003', 'finnes/ikke']);
    expect(useAppStore.getState().hiddenCards).toEqual([]);
  });

  it('is persisted with the preferences, without touching them', () => {
    useAppStore.getState().setMotion('reduce');
    useAppStore.getState().hideCard('naervaer/naervaer-004');
    expect(stored().state.hiddenCards).toEqual(['naervaer/naervaer-004']);
    expect(stored().state.prefs).toEqual(expect.objectContaining({ motion: 'reduce' }));
  });

  it('reads back only well-formed, distinct refs when the stored list was tampered with', async () => {
    const hiddenCards = [
      'a/a-1',
      'a/a-1',
      'no-slash',
      '/x',
      'x/',
      'a/b/c',
      42,
      null,
      'b/b-2',
      'x'.repeat(300) + '/y',
    ];
    localStorage.setItem(
      PREFS_STORAGE_KEY,
      JSON.stringify({
        state: { prefs: { language: 'nn', motion: 'allow' }, hiddenCards },
        version: PREFS_VERSION,
      }),
    );
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().hiddenCards).toEqual(['a/a-1', 'b/b-2']);
    expect(useAppStore.getState().prefs).toEqual({ language: 'nn', motion: 'allow' });
  });

  it('keeps the list across an upgrade from an older prefs version', async () => {
    localStorage.setItem(
      PREFS_STORAGE_KEY,
      JSON.stringify({ state: { lang: 'no', reducedMotion: true, hiddenCards: ['a/a-1'] }, version: 1 }),
    );
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().hiddenCards).toEqual(['a/a-1']);
    expect(useAppStore.getState().prefs.language).toBe('nb');
  });
});

describe('readHiddenCards', () => {
  it('never throws and returns distinct refs of the form deck/card, at most MAX_HIDDEN_CARDS', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const input of [value, { hiddenCards: value }]) {
          const refs = readHiddenCards(input);
          expect(new Set(refs).size).toBe(refs.length);
          expect(refs.length).toBeLessThanOrEqual(MAX_HIDDEN_CARDS);
          for (const ref of refs) expect(ref).toMatch(/^[^/]+\/[^/]+$/);
        }
      }),
    );
  });

  it('keeps the newest refs when the list is too long', () => {
    const many = Array.from({ length: MAX_HIDDEN_CARDS + 10 }, (_, i) => `d/c-${i}`);
    const refs = readHiddenCards({ hiddenCards: many });
    expect(refs).toHaveLength(MAX_HIDDEN_CARDS);
    expect(refs.at(-1)).toBe(`d/c-${MAX_HIDDEN_CARDS + 9}`);
  });
});
