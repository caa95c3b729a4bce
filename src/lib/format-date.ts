import type { Language } from '../domain/language/languages.ts';

// Chromium ships no nynorsk locale data: Intl falls back to another language for `nn`, so
// nynorsk dates are written here. Bokmål and English come from Intl.
const NN_MONTHS = [
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
] as const;
const NN_WEEKDAYS = ['sundag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag'] as const;
const INTL_LOCALE = { nb: 'nb-NO', en: 'en-GB' } as const;

/** What to show besides day, month and year. */
export type DateParts = { weekday?: boolean; time?: boolean };

const pad = (n: number) => String(n).padStart(2, '0');

/** A nynorsk date in local time: «laurdag 14. mars 2026 kl. 09:05» (weekday and time optional). */
export function formatNynorskDate(date: Date, parts: DateParts = {}): string {
  const day = `${date.getDate()}. ${NN_MONTHS[date.getMonth()]} ${date.getFullYear()}`;
  const withDay = parts.weekday ? `${NN_WEEKDAYS[date.getDay()]} ${day}` : day;
  return parts.time ? `${withDay} kl. ${pad(date.getHours())}:${pad(date.getMinutes())}` : withDay;
}

/** A date (ms since 1970) in the UI language, in local time, with the month written out. */
export function formatDate(ms: number, lang: Language, parts: DateParts = {}): string {
  const date = new Date(ms);
  if (lang === 'nn') return formatNynorskDate(date, parts);
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(parts.weekday ? { weekday: 'long' } : {}),
    ...(parts.time ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(date);
}

/** The local calendar day of a moment as `YYYY-MM-DD` (for file names and grouping). */
export function isoDay(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
