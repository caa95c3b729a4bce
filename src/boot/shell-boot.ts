// Runs right after the page's pre-rendered screens, before the first paint (built from
// TypeScript and inlined by scripts/boot-script-plugin.ts, allowed by its hash in the CSP). The
// build (scripts/prerender) wrote the page's screen as `<template data-shell>`s, one per language
// and address query; this puts the one for this visit into #root. The bokmål home screen is
// hydrated by the app; any other is inert until the app has rendered the same screen over it.
import { startEarlyKeys } from '../lib/early-keys.ts';
import { parseHashRoute } from '../lib/app-route.ts';
import { HTML_CLASS, setHtmlClass, setHtmlData, type HtmlData } from '../lib/html-flags.ts';
import { isRunKey } from '../lib/run-keys.ts';

/** True when this tab has presented the run (it then opens at its own place) or storage is refused. */
function presentedHere(runId: string): boolean {
  try {
    for (let i = 0; i < sessionStorage.length; i += 1) {
      if (isRunKey(String(sessionStorage.key(i)), runId)) return true;
    }
    return false;
  } catch {
    return true;
  }
}

/** The page's shell for this visit's language and address query, if it has one. */
function shellFor(lang: string, query: string): HTMLTemplateElement | undefined {
  for (const shell of document.querySelectorAll<HTMLTemplateElement>('template[data-shell]')) {
    if (shell.dataset.lang === lang && shell.dataset.query === query) return shell;
  }
  return undefined;
}

function paintShell(): void {
  // An old `#/…` address: head-boot has sent it to its page, or the app says it is unknown.
  if (parseHashRoute(location.hash)) return;
  const shell = shellFor(document.documentElement.lang, location.search.slice(1));
  const root = document.getElementById('root');
  if (!shell || !root) return;
  const run = shell.dataset.run;
  if (run !== undefined && presentedHere(run)) return;
  root.replaceChildren(shell.content.cloneNode(true));
  const hydrate = shell.dataset.shell === 'hydrate';
  const main = document.getElementById('main');
  if (main && !hydrate) main.inert = true;
  document.title = shell.dataset.title ?? document.title;
  const presenting = shell.dataset.presenting as HtmlData['presenting'] | undefined;
  if (presenting) setHtmlData('presenting', presenting);
  setHtmlData('shell', hydrate ? 'hydrate' : 'render');
  setHtmlClass(HTML_CLASS.pending, false);
  if (presenting === 'presenter' && main) startEarlyKeys(main);
}

paintShell();
