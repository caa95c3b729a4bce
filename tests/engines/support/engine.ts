import { until } from './processes.ts';

/** A browser driven by the cross-engine suite: one page, its downloads folder, its errors. */
export interface Engine {
  readonly name: 'webkit' | 'firefox';
  /** The browser's own version, e.g. «MiniBrowser 2.50.6», «firefox/153.8.0». */
  readonly version: string;
  /** The folder the browser saves downloads into. */
  readonly downloads: string;
  /** The window's inner size (WebKitGTK's MiniBrowser cannot be narrower than its toolbar). */
  viewport(): Promise<{ width: number; height: number }>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a self-contained function in the page (it is sent as source: no outer variables). */
  run<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Promise<Awaited<T>>;
  /** Runs a script body given as text in the page (axe-core's source). */
  runSource(source: string): Promise<unknown>;
  /** A real click (the engine's input events) on the element `selector` matches. */
  click(selector: string): Promise<void>;
  /** Focuses the field and types `text` with key events, after clearing it. */
  type(selector: string, text: string): Promise<void>;
  /** Chooses the option with `value` in a <select>, as a person picks from the list. */
  select(selector: string, value: string): Promise<void>;
  /** Gives a (hidden) file input a file from disk, as the system file picker would. */
  upload(selector: string, path: string): Promise<void>;
  /** Console errors, uncaught errors and CSP violations seen so far (and forgets them). */
  takeErrors(): Promise<string[]>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** What to look for: a CSS selector, and optionally the exact text or accessible name. */
export type Target = { css: string; text?: string; name?: string; hidden?: boolean };

/**
 * In the page: marks the first element matching `target` with data-engine-mark=`id`. Visible and
 * not inert only (a deep link's pre-rendered shell is inert until the app renders over it), unless
 * `hidden` (a hidden file input). The name is aria-label, aria-labelledby or the label's text.
 */
function markInPage(target: Target, id: string): boolean {
  const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    if (label) return norm(label);
    const by = el.getAttribute('aria-labelledby');
    if (by)
      return norm(
        by
          .split(/\s+/)
          .map((ref) => document.getElementById(ref)?.textContent ?? '')
          .join(' '),
      );
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return norm(labels[0]!.textContent);
    return norm(el.textContent);
  };
  for (const old of document.querySelectorAll('[data-engine-mark]')) old.removeAttribute('data-engine-mark');
  const found = Array.from(document.querySelectorAll(target.css)).find(
    (el) =>
      (target.hidden === true || (el.getClientRects().length > 0 && el.closest('[inert]') === null)) &&
      (target.text === undefined || norm(el.textContent) === target.text) &&
      (target.name === undefined || nameOf(el) === target.name),
  );
  if (!found) return false;
  found.setAttribute('data-engine-mark', id);
  return true;
}

let marks = 0;
const describe = (t: Target) =>
  `${t.css}${t.text === undefined ? '' : ` with text «${t.text}»`}${t.name === undefined ? '' : ` named «${t.name}»`}`;

/** Waits (bounded) for the element and returns a selector for it. */
export async function find(engine: Engine, target: Target, timeoutMs = 10_000): Promise<string> {
  const id = `m${++marks}`;
  await until(() => engine.run(markInPage, target, id), `${engine.name}: ${describe(target)}`, timeoutMs);
  return `[data-engine-mark="${id}"]`;
}

export const button = (text: string): Target => ({ css: 'button, a.button, [role="button"]', text });
export const link = (text: string): Target => ({ css: 'a', text });
export const field = (name: string): Target => ({ css: 'input, textarea, select', name });

export async function clickOn(engine: Engine, target: Target, timeoutMs?: number) {
  await engine.click(await find(engine, target, timeoutMs));
}

export async function typeInto(engine: Engine, target: Target, text: string) {
  await engine.type(await find(engine, target), text);
}

/** The trimmed text of every element `css` matches. */
export function textsOf(engine: Engine, css: string): Promise<string[]> {
  return engine.run(
    (selector: string) =>
      Array.from(document.querySelectorAll(selector)).map((el) =>
        (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    css,
  );
}

/** Waits (bounded) until some element `css` matches has text matching `expected`. */
export async function expectText(engine: Engine, css: string, expected: string | RegExp, timeoutMs = 10_000) {
  const ok = (text: string) => (typeof expected === 'string' ? text === expected : expected.test(text));
  let seen: string[] = [];
  try {
    await until(
      async () => {
        seen = await textsOf(engine, css);
        return seen.some(ok);
      },
      `${engine.name}: ${css} to read ${String(expected)}`,
      timeoutMs,
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; it read ${JSON.stringify(seen)}`, { cause: error });
  }
}

/** Waits (bounded) until a form field has the value `expected`. */
export async function expectValue(engine: Engine, target: Target, expected: string, timeoutMs = 10_000) {
  const selector = await find(engine, target, timeoutMs);
  await until(
    () =>
      engine.run(
        (s: string, v: string) => (document.querySelector(s) as HTMLInputElement | null)?.value === v,
        selector,
        expected,
      ),
    `${engine.name}: ${describe(target)} to hold «${expected}»`,
    timeoutMs,
  );
}

/** True when nothing on the page is wider than the window (no sideways scrolling on a phone). */
export const fitsWidth = (engine: Engine) =>
  engine.run(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The page's h1, once the app (not a pre-rendered shell) shows it. */
export async function expectHeading(engine: Engine, text: string, timeoutMs = 15_000) {
  await expectText(engine, 'main:not([inert]) h1, #root h1', text, timeoutMs);
}

/**
 * Installs the in-page error listener: uncaught errors, unhandled rejections, CSP violations and
 * console.error calls are kept in window.__engineErrors for takeErrors. WebKitWebDriver offers no
 * console log over classic WebDriver, so on WebKit this listener is all there is; it is installed
 * after each load, so an error thrown while the page loads is missed there (Firefox sees those
 * through WebDriver BiDi's log events as well).
 */
export function installErrorListener(): void {
  const w = window as unknown as { __engineErrors?: string[] };
  if (w.__engineErrors) return;
  const errors: string[] = [];
  w.__engineErrors = errors;
  window.addEventListener('error', (event) => errors.push(`uncaught: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`),
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    errors.push(`CSP: ${event.violatedDirective} blocked ${event.blockedURI}`),
  );
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
    original(...args);
  };
}

/** Reads and clears what installErrorListener collected. */
export function drainErrorListener(): string[] {
  const w = window as unknown as { __engineErrors?: string[] };
  return w.__engineErrors ? w.__engineErrors.splice(0) : [];
}

/**
 * Waits until the app has taken over a pre-painted screen (its language menu, disabled in
 * shells, works): a field found before would be the pre-paint's, replaced by the app's.
 */
export async function appTookOver(engine: Engine, timeoutMs = 20_000) {
  await until(
    () =>
      engine.run(() => {
        const menu = document.getElementById('language-select') as HTMLSelectElement | null;
        return menu !== null && !menu.disabled;
      }),
    `${engine.name}: the app has taken over the page`,
    timeoutMs,
  );
}
