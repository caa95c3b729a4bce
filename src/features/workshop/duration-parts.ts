/** A duration in whole hours, minutes and seconds (rounded to the nearest second). */
export type DurationParts = { hours: number; minutes: number; seconds: number };

/** Splits milliseconds into hours, minutes and seconds for display; negative counts as zero. */
export function splitDuration(ms: number): DurationParts {
  const total = Math.max(0, Math.round(ms / 1000));
  return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
}

/** Minutes shown in a number field: whole minutes as they are, otherwise up to two decimals. */
export function msToMinutes(ms: number): number {
  return Math.round((ms / 60_000) * 100) / 100;
}

/** The milliseconds a minutes field means, or null when it is not a number in min..max ms. */
export function minutesToMs(text: string, minMs: number, maxMs: number): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const ms = Math.round(Number(trimmed) * 60_000);
  return ms >= minMs && ms <= maxMs ? ms : null;
}
