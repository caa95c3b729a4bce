import type { Lang } from '../../domain/deck/types.ts';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Dates as numbers only: «22.11.2026» in Norwegian, «2026-11-22» in English. Numbers need no month
 * names, which Chromium lacks for nynorsk, and read the same in Excel.
 */
export function formatDay(ms: number, lang: Lang): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '';
  const [y, m, day] = [d.getFullYear(), two(d.getMonth() + 1), two(d.getDate())];
  return lang === 'en' ? `${y}-${m}-${day}` : `${day}.${m}.${y}`;
}

/** Date and time, e.g. «22.11.2026 14:05». */
export function formatDateTime(ms: number, lang: Lang): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '';
  return `${formatDay(ms, lang)} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** YYYY-MM-DD in local time, for file names. */
export function fileDate(ms: number): string {
  return formatDay(ms, 'en');
}
