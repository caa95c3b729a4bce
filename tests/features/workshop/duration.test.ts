// @vitest-environment jsdom
import fc from 'fast-check';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { durationText, stepTimeText } from '../../../src/features/workshop/duration-text.ts';
import { minutesToMs, msToMinutes, splitDuration } from '../../../src/features/workshop/duration-parts.ts';
import { changeLanguage, initI18n } from '../../../src/i18n/init.ts';
import { createStep } from '../../../src/domain/workshop/create-step.ts';
import type { Step } from '../../../src/domain/workshop/run-sheet-types.ts';

const t = (lang: string) => i18next.getFixedT(lang, 'workshop');

beforeAll(async () => {
  await initI18n('nb');
  await changeLanguage('nn');
  await changeLanguage('en');
  await changeLanguage('nb');
});

describe('splitDuration', () => {
  it('splits into whole hours, minutes and seconds that add up to the rounded input', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 3600 * 1000 }), (ms) => {
        const { hours, minutes, seconds } = splitDuration(ms);
        expect(minutes).toBeLessThan(60);
        expect(seconds).toBeLessThan(60);
        expect((hours * 3600 + minutes * 60 + seconds) * 1000).toBe(Math.round(ms / 1000) * 1000);
      }),
    );
  });

  it('treats a negative duration as zero', () => {
    expect(splitDuration(-5000)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
  });
});

describe('minutes fields', () => {
  it('reads minutes with a point or a comma, within the limits', () => {
    expect(minutesToMs('3', 1000, 3_600_000)).toBe(180_000);
    expect(minutesToMs(' 1,5 ', 1000, 3_600_000)).toBe(90_000);
    expect(minutesToMs('0.5', 1000, 3_600_000)).toBe(30_000);
    expect(minutesToMs('61', 1000, 3_600_000)).toBeNull();
    expect(minutesToMs('0', 1000, 3_600_000)).toBeNull();
    for (const bad of ['', 'abc', '-1', '1e3', '2 min', '1,2,3'])
      expect(minutesToMs(bad, 1000, 3_600_000)).toBeNull();
  });

  it('shows whole minutes as they are and parts of a minute with up to two decimals', () => {
    expect(msToMinutes(180_000)).toBe(3);
    expect(msToMinutes(90_000)).toBe(1.5);
    expect(msToMinutes(1000)).toBe(0.02);
  });

  it('reads back what it shows for every whole number of seconds that is a multiple of 0.6 s', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24_000 }), (hundredths) => {
        const ms = hundredths * 600;
        expect(minutesToMs(String(msToMinutes(ms)), 1, Number.MAX_SAFE_INTEGER)).toBe(ms);
      }),
    );
  });
});

describe('durationText', () => {
  it('says hours, minutes and seconds in each language', () => {
    expect(durationText(t('nb'), 69 * 60_000)).toBe('1 t 9 min');
    expect(durationText(t('nn'), 69 * 60_000)).toBe('1 t 9 min');
    expect(durationText(t('en'), 69 * 60_000)).toBe('1 h 9 min');
    expect(durationText(t('nb'), 90_000)).toBe('1 min 30 s');
    expect(durationText(t('nb'), 60 * 60_000)).toBe('1 t');
    expect(durationText(t('nb'), 0)).toBe('0 min');
    expect(durationText(t('en'), 45_000)).toBe('45 s');
  });
});

describe('stepTimeText', () => {
  let n = 0;
  const newId = () => `s${(n += 1)}`;
  const speedDate = (rounds: number | null): Step => ({ ...createStep('speed-date', newId), rounds }) as Step;

  it('shows a plain step as its length', () => {
    expect(stepTimeText(t('nb'), createStep('silent', newId))).toBe('2 min');
  });

  it('shows a speed-date step as rounds × round length', () => {
    expect(stepTimeText(t('nb'), speedDate(4))).toBe('4 runder × 3 min = 12 min');
    expect(stepTimeText(t('en'), speedDate(4))).toBe('4 rounds × 3 min = 12 min');
    expect(stepTimeText(t('nb'), speedDate(1))).toBe('1 runde × 3 min = 3 min');
    expect(stepTimeText(t('nn'), speedDate(1))).toBe('1 runde × 3 min = 3 min');
    expect(stepTimeText(t('nn'), speedDate(2))).toBe('2 rundar × 3 min = 6 min');
    expect(stepTimeText(t('en'), speedDate(1))).toBe('1 round × 3 min = 3 min');
  });

  it('says that «all rounds» depends on the group until the group size is known', () => {
    expect(stepTimeText(t('nb'), speedDate(null))).toBe('alle runder × 3 min (avhenger av antall deltakere)');
    expect(stepTimeText(t('nb'), speedDate(null), 7)).toBe('7 runder × 3 min = 21 min');
    expect(stepTimeText(t('nb'), speedDate(null), 12)).toBe('11 runder × 3 min = 33 min');
  });
});
