// The flags on <html>: how the boot scripts and the hand's pre-paint (src/boot), main.tsx, App
// and the presenter tell each other what is on screen before and while the app takes over, and
// what CSS keys on. One list of names and values, so a reader finds every party here. (The
// stylesheets name them too: `html.pending main`, `[data-presenting]`, `[data-motion]`.)
import type { RouteId } from '../domain/routes/route-table.ts';

/** Classes on <html>. */
export const HTML_CLASS = {
  /**
   * Set before the first paint (src/boot/head-boot.ts): nothing shows the page's screen yet. A
   * pre-rendered shell, the hand's pre-paint or the app's first render (App) removes it.
   */
  pending: 'pending',
} as const;
export type HtmlClass = (typeof HTML_CLASS)[keyof typeof HTML_CLASS];

/** The data-* attributes on <html>, with the values each takes. */
export type HtmlData = {
  /** The route whose page this is, written by the build (absent in the dev server and tests). */
  page: RouteId;
  /**
   * How the page's pre-rendered screen was painted: 'hydrate' (the home screen in bokmål, whose
   * markup the app hydrates) or 'render' (a shell or pre-paint the app renders over in one commit).
   */
  shell: 'hydrate' | 'render';
  /** Set by main.tsx when the app begins to render: from then on the app owns #root. */
  app: 'rendering';
  /** The presenter's projector theme for the whole page, while a presenter screen is open. */
  presenting: 'presenter' | 'audience';
  /** The motion preference, which the CSS keys on. */
  motion: 'system' | 'reduce' | 'allow';
  /**
   * Set before the first paint of a page load that no service worker serves (src/boot/head-boot.ts):
   * card text stays in the system font for that load (src/styles/tokens.css), so the first paint
   * waits for no font file. The worker caches the font; every later load uses it.
   */
  cardFont: 'system';
};
export type HtmlDataName = keyof HtmlData;

const html = () => document.documentElement;

/** Whether <html> has the class. */
export const hasHtmlClass = (name: HtmlClass): boolean => html().classList.contains(name);

/** Adds (on) or removes the class on <html>. */
export const setHtmlClass = (name: HtmlClass, on: boolean): void => {
  html().classList.toggle(name, on);
};

/** A data-* flag of <html>, or undefined when it is not set. */
export const getHtmlData = <K extends HtmlDataName>(name: K): HtmlData[K] | undefined =>
  html().dataset[name] as HtmlData[K] | undefined;

/** Sets a data-* flag of <html>, or removes it (undefined). */
export const setHtmlData = <K extends HtmlDataName>(name: K, value: HtmlData[K] | undefined): void => {
  if (value === undefined) delete html().dataset[name];
  else html().dataset[name] = value;
};

/** How the page's pre-rendered screen was painted, once one is on screen. */
export const paintedShell = (): HtmlData['shell'] | undefined =>
  hasHtmlClass(HTML_CLASS.pending) ? undefined : getHtmlData('shell');

/** True while nothing shows the page's screen and the app has not begun. */
export const awaitingPaint = (): boolean =>
  hasHtmlClass(HTML_CLASS.pending) && getHtmlData('app') === undefined;

/** The visit's language, as src/boot/head-boot.ts set it on <html> before the first paint. */
export const pageLanguage = (): string => html().lang;
