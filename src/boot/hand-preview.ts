// The phone's hand, painted before the app has arrived. A participant opens a join link on a
// phone, often on a crowded workshop network: the app (React and the join screen, ~170 kB) takes
// seconds there, this module (a few kB) and the one deck file it needs take a fraction of that.
// index.html starts it (and the deck download) only for a join link in bokmål; it computes the
// hand exactly as the join screen does and fills index.html's `prepaint:#/join` template, inert,
// like the other pre-rendered shells. The app then renders the same screen over it in one commit.
// It writes nothing and changes nothing: when anything is unexpected, it simply does not paint,
// and the app shows the screen as it always did.
import { fillHandShell } from './fill-hand-shell.ts';
import { handPrepaint, linkDeckIds } from './hand-prepaint.ts';
import { HTML_CLASS, awaitingPaint, hasHtmlClass, setHtmlClass, setHtmlData } from '../lib/html-flags.ts';

const JOIN = '#/join?';
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

async function prepaint(): Promise<void> {
  const hash = window.location.hash;
  if (!hash.startsWith(JOIN) || !awaitingPaint() || hasHtmlClass(HTML_CLASS.otherLanguage)) return;
  const query = hash.slice(JOIN.length);
  const ids = linkDeckIds(query);
  if (ids === null) return;
  const data = handPrepaint(query, await Promise.all(ids.map(fetchDeck)));
  const template = document.getElementById('prepaint:#/join');
  const main = document.getElementById('main');
  // Too late when the app has begun to render (it owns <main> from then on) or the address moved.
  if (data === null || !(template instanceof HTMLTemplateElement) || !main) return;
  if (!awaitingPaint() || window.location.hash !== hash) return;
  const page = fillHandShell(template, data);
  // The screen's stylesheets, which index.html holds once for all its pre-rendered screens.
  const sheets = document.getElementById('shell-css');
  for (const id of (template.dataset.css ?? '').split(' ').filter(Boolean)) {
    const sheet =
      sheets instanceof HTMLTemplateElement ? sheets.content.querySelector(`[data-css="${id}"]`) : null;
    if (sheet) document.head.append(sheet.cloneNode(true));
  }
  main.replaceChildren(page);
  main.inert = true;
  document.title = data.title === APP_NAME ? data.title : `${data.title} – ${APP_NAME}`;
  setHtmlData('shell', hash);
  setHtmlClass(HTML_CLASS.pending, false);
}

// Without the pre-paint the app renders the screen as before: a failure here costs nothing.
prepaint().catch(() => undefined);
