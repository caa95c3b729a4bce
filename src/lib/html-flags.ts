// The flags on <html>: how the boot scripts and the hand's pre-paint (src/boot), main.tsx, App
// and the presenter tell each other what is on screen before and while the app takes over, and
// what CSS keys on. One list of names and values, so a reader finds every party here. (The
// stylesheets name them too: `html.pending main`, `[data-presenting]`, `[data-motion]`.)

/** Classes on <html>. */
export const HTML_CLASS = {
  /**
   * Set before the first paint when the visit will not show the pre-rendered bokmål home screen
   * (a deep link or another language): <main> stays hidden (base CSS) until the right screen is
   * painted, by a shell, the hand's pre-paint or the app's first render (App removes it).
   */
  pending: 'pending',
  /** The visit's language is not bokmål: no pre-rendered shell (they are in bokmål) is shown. */
  otherLanguage: 'other-language',
} as const;
export type HtmlClass = (typeof HTML_CLASS)[keyof typeof HTML_CLASS];

/** The data-* attributes on <html>, with the values each takes. */
export type HtmlData = {
  /** The address whose pre-rendered screen is painted in <main> ('#/' for the home screen). */
  shell: string;
  /** Set by main.tsx when the app begins to render: from then on the app owns <main>. */
  app: 'rendering';
  /** The presenter's projector theme for the whole page, while a presenter screen is open. */
  presenting: 'presenter' | 'audience';
  /** The motion preference, which the CSS keys on. */
  motion: 'system' | 'reduce' | 'allow';
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

/**
 * The address whose pre-rendered screen the page shows now: set when a shell, the home screen or
 * the hand's pre-paint was painted and <main> is no longer hidden.
 */
export const paintedShell = (): string | undefined =>
  hasHtmlClass(HTML_CLASS.pending) ? undefined : getHtmlData('shell');

/** True while <main> is hidden for a screen nobody has painted yet and the app has not begun. */
export const awaitingPaint = (): boolean =>
  hasHtmlClass(HTML_CLASS.pending) && getHtmlData('app') === undefined;
