import { useEffect, useState } from 'react';

/** How long a first Esc waits for the second before it is forgotten. */
export const ESC_WINDOW_MS = 5000;

/** Ways out, tried in order: the first that applies is taken (returns true). */
export type EscapeStep = () => boolean;

/**
 * Esc leaves one thing at a time (legend, blank, fullscreen…); with nothing left to leave, a
 * first Esc arms and a second within ESC_WINDOW_MS leaves presenting. A stray press on a
 * clicker therefore never ends the workshop.
 */
export function useEscapeLadder(steps: readonly EscapeStep[], leave: () => void) {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!armed) return;
    const id = setTimeout(() => setArmed(false), ESC_WINDOW_MS);
    return () => clearTimeout(id);
  }, [armed]);
  const escape = () => {
    for (const step of steps) {
      if (step()) {
        setArmed(false);
        return;
      }
    }
    if (armed) {
      setArmed(false);
      leave();
    } else setArmed(true);
  };
  return { armed, escape, disarm: () => setArmed(false) };
}
