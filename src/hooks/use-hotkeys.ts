import { useEffect, useEffectEvent } from 'react';
import { flushSync } from 'react-dom';
import { earlyKeyEvent, takeEarlyKeys } from '../lib/early-keys.ts';

/** Handlers by `KeyboardEvent.key`, e.g. { PageDown: next, ' ': toggle, b: blank, B: blank }. */
export type HotkeyMap = Partial<Record<string, (event: KeyboardEvent) => void>>;

/** The parts of an element the typing checks read (an Element satisfies it; tests pass objects). */
export type ElementLike = {
  tagName?: string;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
};

/** The parts of a keydown event shouldHandleKey reads. */
export type KeyEventLike = {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  repeat?: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
  target?: unknown;
};

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const EDITABLE = '[contenteditable]:not([contenteditable="false"])';
// Space activates these natively; taking it would swallow the click the user meant.
const SPACE_ACTIVATED =
  'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="switch"]';

const asElement = (x: unknown): ElementLike | null =>
  typeof x === 'object' && x !== null && 'tagName' in x ? (x as ElementLike) : null;

const matches = (el: ElementLike, selector: string): boolean => {
  try {
    return Boolean(el.closest?.(selector));
  } catch {
    return false;
  }
};

/** True when the user is typing into this element (form field or editable text). */
export function isTypingTarget(el: ElementLike): boolean {
  const tag = (el.tagName ?? '').toUpperCase();
  return TYPING_TAGS.has(tag) || el.isContentEditable === true || matches(el, EDITABLE);
}

/**
 * Whether a presenter shortcut may act on this key press: never while typing, never with
 * Ctrl/Meta/Alt (browser and system shortcuts win), not on held-down repeats or IME composition,
 * and not Space on a button or link, which Space already activates.
 */
export function shouldHandleKey(event: KeyEventLike, activeElement: unknown = null): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.repeat || event.isComposing || event.defaultPrevented) return false;
  const focused = [asElement(event.target), asElement(activeElement)].filter((e) => e !== null);
  if (focused.some(isTypingTarget)) return false;
  if (event.key === ' ' && focused.some((el) => matches(el, SPACE_ACTIVATED))) return false;
  return true;
}

/** Runs map[event.key] for keydown on the window (presenter keys and clickers), preventing only those. */
export function useHotkeys(map: HotkeyMap, { enabled = true }: { enabled?: boolean } = {}): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const handler = Object.hasOwn(map, event.key) ? map[event.key] : undefined;
    if (!handler || !shouldHandleKey(event, document.activeElement)) return;
    event.preventDefault();
    handler(event);
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}

/**
 * Replays, once the hotkeys listen, the keys pressed on the pre-rendered screen before the app
 * did (src/lib/early-keys.ts), in order. Each key is handled and rendered before the next, as if
 * pressed now, so two PageDowns move two steps. Call after the useHotkeys it feeds.
 */
export function useEarlyKeys(): void {
  useEffect(() => {
    // Taken now, when the listener is attached (from here on keys reach it directly); dispatched
    // outside React's commit phase, where flushSync renders each key's result before the next.
    // Not cancelled on unmount: a remounted listener (StrictMode) still gets them.
    const keys = takeEarlyKeys();
    if (keys.length === 0) return;
    setTimeout(() => {
      for (const key of keys) flushSync(() => window.dispatchEvent(earlyKeyEvent(key)));
    });
  }, []);
}
