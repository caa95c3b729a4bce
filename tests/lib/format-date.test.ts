import { describe, expect, it } from 'vitest';
import { formatDate, formatNynorskDate, isoDay } from '../../src/lib/format-date.ts';

// Built from local parts, so the tests hold in every time zone.
const saturday = new Date(2026, 2, 14, 9, 5).getTime();
const newYear = new Date(2027, 0, 1, 23, 59).getTime();

describe('formatNynorskDate', () => {
  it('writes nynorsk month and weekday names', () => {
    expect(formatNynorskDate(new Date(saturday))).toBe('14. mars 2026');
    expect(formatNynorskDate(new Date(saturday), { weekday: true })).toBe('laurdag 14. mars 2026');
    expect(formatNynorskDate(new Date(saturday), { weekday: true, time: true })).toBe(
      'laurdag 14. mars 2026 kl. 09:05',
    );
    expect(formatNynorskDate(new Date(newYear), { weekday: true })).toBe('fredag 1. januar 2027');
  });

  it('names every month and weekday in nynorsk', () => {
    const months = Array.from(
      { length: 12 },
      (_, m) => formatNynorskDate(new Date(2026, m, 1)).split(' ')[1],
    );
    expect(months).toEqual([
      'januar',
      'februar',
      'mars',
      'april',
      'mai',
      'juni',
      'juli',
      'august',
      'september',
      'oktober',
      'november',
      'desember',
    ]);
    // 1–7 June 2026 run Monday to Sunday.
    const days = Array.from(
      { length: 7 },
      (_, d) => formatNynorskDate(new Date(2026, 5, d + 1), { weekday: true }).split(' ')[0],
    );
    expect(days).toEqual(['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag']);
  });
});

describe('formatDate', () => {
  it('uses the nynorsk formatter for nn and Intl for nb and en', () => {
    expect(formatDate(saturday, 'nn', { weekday: true })).toBe('laurdag 14. mars 2026');
    expect(formatDate(saturday, 'nb')).toContain('mars 2026');
    expect(formatDate(saturday, 'nb', { weekday: true })).toContain('lørdag');
    expect(formatDate(saturday, 'en')).toContain('March 2026');
    expect(formatDate(saturday, 'en', { time: true })).toMatch(/09:05/);
  });
});

describe('isoDay', () => {
  it('gives the local calendar day', () => {
    expect(isoDay(saturday)).toBe('2026-03-14');
    expect(isoDay(newYear)).toBe('2027-01-01');
  });
});
