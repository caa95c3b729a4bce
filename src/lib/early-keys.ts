// Keys pressed on a pre-rendered presenter before the app listens. A facilitator opens the
// presenter on the projector and presses the clicker at once; the screen from index.html looks
// ready, but the app (and its key handler) may take another second. The shell script
// (src/boot/shell-boot.ts), when it paints a presenter shell, keeps every keydown (without Ctrl/Meta/Alt) in
// window.kortstokkEarlyKeys (and stops the page scrolling while its <main> is there), until the
// presenter, once it listens, takes them to replay: also the keys pressed between the app's first
// commit and its listener.

/** What is kept of a keydown: enough for the presenter's key map. */
export type EarlyKey = { key: string; code: string; shiftKey: boolean };

declare global {
  interface Window {
    /**
     * Written by startEarlyKeys (a presenter shell only); emptied by takeEarlyKeys, which sets
     * `done` to stop its listener. On window: the boot script and the app are separate bundles.
     */
    kortstokkEarlyKeys?: EarlyKey[] & { done?: boolean };
  }
}

/** Keys that scroll the page, which the shell must not do under the presenter's clicker. */
const SCROLLING = /^(Page|Arrow| $)/;

/**
 * Keeps the keydowns (without Ctrl/Meta/Alt) from now until the app takes them; while the
 * pre-rendered `main` is still in the page, the scrolling ones do nothing else.
 */
export function startEarlyKeys(main: HTMLElement): void {
  const keys: NonNullable<Window['kortstokkEarlyKeys']> = [];
  window.kortstokkEarlyKeys = keys;
  const keep = (event: KeyboardEvent) => {
    if (keys.done) {
      window.removeEventListener('keydown', keep);
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || event.isComposing) return;
    if (main.isConnected && SCROLLING.test(event.key)) event.preventDefault();
    keys.push({ key: event.key, code: event.code, shiftKey: event.shiftKey });
  };
  window.addEventListener('keydown', keep);
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
