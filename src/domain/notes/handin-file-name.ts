import type { Lang } from '../deck/types.ts';
import type { HandIn } from './handin.ts';

const WORDS: Readonly<Record<Lang, { notes: string; seat: string }>> = {
  nb: { notes: 'notater', seat: 'plass' },
  nn: { notes: 'notat', seat: 'plass' },
  en: { notes: 'notes', seat: 'seat' },
};

/** YYYY-MM-DD of a timestamp shifted by utcOffsetMinutes; null when that is no valid date. */
export function isoDate(ms: number, utcOffsetMinutes = 0): string | null {
  const shifted = new Date(ms + utcOffsetMinutes * 60_000);
  return Number.isNaN(shifted.getTime()) ? null : shifted.toISOString().slice(0, 10);
}

/**
 * A file name people can read in a downloads folder, e.g. `kortstokk-notater-plass-3-2026-11-22.json`.
 * The date is the hand-in's createdAt; pass the device's offset (minutes east of UTC, e.g. 60 for
 * CET) so a hand-in just after midnight gets the local date. Names never go in: they may be private.
 */
export function handInFileName(handIn: HandIn, lang: Lang, utcOffsetMinutes = 0): string {
  const words = WORDS[lang];
  const date = isoDate(handIn.createdAt, utcOffsetMinutes);
  const stem = `kortstokk-${words.notes}-${words.seat}-${handIn.participant.seat}`;
  return date === null ? `${stem}.json` : `${stem}-${date}.json`;
}
