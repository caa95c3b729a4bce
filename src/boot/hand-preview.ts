// The phone's hand, painted before the app has arrived. A participant opens a join link on a
// phone, often on a crowded workshop network: the app (React and the join screen, ~170 kB) takes
// seconds there, this module (a few kB) and the one deck file it needs take a fraction of that.
// The join page starts it (and the deck download) for a join link; it computes the
// hand exactly as the join screen does and fills the page's pre-paint template, inert, like the
// other pre-rendered shells. The app then renders the same screen over it in one commit.
// It writes nothing and changes nothing: when anything is unexpected, it simply does not paint,
// and the app shows the screen as it always did.
import { fillHandShell } from './fill-hand-shell.ts';
import { handPrepaint, linkDeckIds } from './hand-prepaint.ts';
import { isLanguage } from '../domain/language/languages.ts';
import { routeOf } from '../lib/app-route.ts';
import { HTML_CLASS, awaitingPaint, setHtmlClass, setHtmlData } from '../lib/html-flags.ts';

const APP_NAME = document.title;

/**
 * One deck file, through the preload index.html made for it (its inline script knows the built
 * file of every deck; the service worker caches them): a deck it did not preload is not built in.
 */
async function fetchDeck(id: string): Promise<unknown> {
  const link = document.querySelector<HTMLLinkElement>(`link[rel="preload"][data-deck="${CSS.escape(id)}"]`);
  if (!link) throw new Error(`no built-in deck ${id}`);
  const response = await fetch(link.href);
  if (!response.ok) throw new Error(`deck ${id}: ${response.status}`);
  return response.json();
}

/** The join page's pre-paint template in the visit's language (the build writes bokmål's). */
const templateFor = (lang: string) =>
  document.querySelector<HTMLTemplateElement>(`template[data-prepaint][data-lang="${CSS.escape(lang)}"]`);

async function prepaint(): Promise<void> {
  const address = window.location.href;
  const { path, query } = routeOf(window.location);
  const template = templateFor(document.documentElement.lang);
  if (path !== '/join' || query === '' || !template || !awaitingPaint()) return;
  const ids = linkDeckIds(query);
  if (ids === null) return;
  const lang = document.documentElement.lang;
  if (!isLanguage(lang)) return;
  const data = handPrepaint(query, await Promise.all(ids.map(fetchDeck)), undefined, lang);
  const root = document.getElementById('root');
  // Too late when the app has begun to render (it owns #root from then on) or the address moved.
  if (data === null || !root || !awaitingPaint() || window.location.href !== address) return;
  root.replaceChildren(fillHandShell(template, data));
  const main = document.getElementById('main');
  if (main) main.inert = true;
  document.title = data.title === APP_NAME ? data.title : `${data.title} – ${APP_NAME}`;
  setHtmlData('shell', 'render');
  setHtmlClass(HTML_CLASS.pending, false);
}

// Without the pre-paint the app renders the screen as before: a failure here costs nothing.
prepaint().catch(() => undefined);
