// Runs right after index.html's pre-rendered screens, before the first paint (built from
// TypeScript and inlined by scripts/boot-script-plugin.ts, allowed by its hash in the CSP). For a
// deep link with a shell (a `<template id="shell:#/…">`, rendered by
// the build, scripts/prerender), it puts that screen into <main> with its stylesheets and title, inert until the app has
// rendered the same screen over it; on the home screen it marks the painted home for hydration.
import { startEarlyKeys } from '../lib/early-keys.ts';
import { HTML_CLASS, hasHtmlClass, setHtmlClass, setHtmlData, type HtmlData } from '../lib/html-flags.ts';
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

/** Copies the stylesheets a shell names (held once for all shells in `#shell-css`) into <head>. */
function addStyles(shell: HTMLTemplateElement): void {
  const sheets = document.getElementById('shell-css');
  if (!(sheets instanceof HTMLTemplateElement)) return;
  for (const id of (shell.dataset.css ?? '').split(' ').filter(Boolean)) {
    const sheet = sheets.content.querySelector(`[data-css="${id}"]`);
    if (sheet) document.head.append(sheet.cloneNode(true));
  }
}

function paintShell(): void {
  const hash = location.hash;
  // Another language: the shells are in bokmål, the app renders the screen itself.
  if (hasHtmlClass(HTML_CLASS.otherLanguage)) return;
  if (!hasHtmlClass(HTML_CLASS.pending)) {
    if (!/^#\/./.test(hash)) setHtmlData('shell', '#/');
    return;
  }
  const shell = document.getElementById(`shell:${hash}`);
  const main = document.getElementById('main');
  if (!(shell instanceof HTMLTemplateElement) || !main) return;
  const run = shell.dataset.run;
  if (run !== undefined && presentedHere(run)) return;
  addStyles(shell);
  main.replaceChildren(shell.content.cloneNode(true));
  main.inert = true;
  document.title = shell.dataset.title ?? document.title;
  const presenting = shell.dataset.presenting as HtmlData['presenting'] | undefined;
  if (presenting) setHtmlData('presenting', presenting);
  setHtmlData('shell', hash);
  setHtmlClass(HTML_CLASS.pending, false);
  if (presenting === 'presenter') startEarlyKeys(main);
}

paintShell();
