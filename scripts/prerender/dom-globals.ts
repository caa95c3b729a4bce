// A browser-like global scope for rendering the app in Node at build time: a jsdom window whose
// properties are globals, as vitest's jsdom environment makes them for the tests.
import { JSDOM } from 'jsdom';

/** Globals Node has of its own that must be the window's while rendering (jsdom's events only
 * dispatch jsdom's Event). */
const OWN = [
  ...['window', 'self', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage'],
  ...['Event', 'CustomEvent', 'EventTarget'],
];

export type Dom = {
  /** Goes to an address: location, storage origin and history change as in a browser. */
  goTo(url: string): void;
  /** Removes the globals again. */
  restore(): void;
};

export function installDom(url: string): Dom {
  const dom = new JSDOM('<!doctype html><html lang="nb"><head></head><body></body></html>', {
    url,
    pretendToBeVisual: true,
  });
  const win = dom.window as unknown as Record<string, unknown>;
  const scope = globalThis as Record<string, unknown>;
  const added = Object.getOwnPropertyNames(win).filter(
    (key) => !key.startsWith('_') && (OWN.includes(key) || !(key in scope)),
  );
  const before = new Map(added.map((key) => [key, Object.getOwnPropertyDescriptor(scope, key)]));
  for (const key of added) {
    Object.defineProperty(scope, key, { configurable: true, enumerable: true, get: () => win[key] });
  }
  scope.IS_REACT_ACT_ENVIRONMENT = true;
  return {
    goTo: (next) => dom.reconfigure({ url: next }),
    restore() {
      for (const [key, descriptor] of before) {
        delete scope[key];
        if (descriptor) Object.defineProperty(scope, key, descriptor);
      }
      delete scope.IS_REACT_ACT_ENVIRONMENT;
      dom.window.close();
    },
  };
}
