const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Remaining time as mm:ss (h:mm:ss from an hour up). Seconds are counted up, so the clock
 * shows 00:00 only when the time really is up, and a fresh two-minute timer shows 02:00.
 */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}
