// Keys pressed on a pre-rendered presenter before the app listens. A facilitator opens the
// presenter on the projector and presses the clicker at once; the screen from index.html looks
// ready, but the app (and its key handler) may take another second. index.html's shell script,
// when it paints a presenter shell, keeps every keydown (without Ctrl/Meta/Alt) in
// window.kortstokkEarlyKeys (and stops the page scrolling while its <main> is there), until the
// presenter, once it listens, takes them to replay: also the keys pressed between the app's first
// commit and its listener.

/** What is kept of a keydown: enough for the presenter's key map. */
export type EarlyKey = { key: string; code: string; shiftKey: boolean };

declare global {
  interface Window {
    /**
     * Written by index.html's shell script (a presenter shell only); emptied by takeEarlyKeys,
     * which sets `done` to stop the script's listener.
     */
    kortstokkEarlyKeys?: EarlyKey[] & { done?: boolean };
  }
}

/** The keys pressed before the app listened, in order, once: nothing is kept after this. */
export function takeEarlyKeys(): EarlyKey[] {
  const keys = window.kortstokkEarlyKeys;
  if (!keys) return [];
  keys.done = true;
  return keys.splice(0, keys.length);
}

/** A kept key as a keydown on the window, where the app's hotkeys listen. */
export const earlyKeyEvent = ({ key, code, shiftKey }: EarlyKey): KeyboardEvent =>
  new KeyboardEvent('keydown', { key, code, shiftKey, bubbles: true, cancelable: true });
