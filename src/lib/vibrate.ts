/** One short, gentle pulse pair: noticeable in a hand or pocket, not an alarm. */
const GENTLE_PATTERN = [40, 90, 40];

/** Vibrates briefly where the device supports it; does nothing (and never throws) elsewhere. */
export function vibrateGently(): void {
  try {
    const nav = globalThis.navigator as Navigator | undefined;
    if (typeof nav?.vibrate === 'function') nav.vibrate(GENTLE_PATTERN);
  } catch {
    // Some browsers throw when vibration is blocked by policy; the chime and screen still tell.
  }
}
