// @vitest-environment jsdom
import { readFileSync, writeFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SHELL_HASHES } from '../../src/domain/routes/route-table.ts';
import { decodeJoin } from '../../src/domain/join/decode-join.ts';
import { sessionRefForJoin } from '../../src/lib/session-notes.ts';
import { writeSeat } from '../../src/lib/seat-memory.ts';
import { freshApp, prepaintPart, renderShell } from './screen-render.tsx';

// index.html carries pre-rendered bokmål screens that paint before any JavaScript runs: the
// home screen inside #root (hydrated by main.tsx), and a <template> per deep link below it
// (copied into <main> by the boot script, then rendered over by the app in one commit). If they
// drift from what the app renders, the first paint is wrong or the screen jumps when the app
// takes over. After a change to a screen or the layout, `npm run shell` rewrites them.

/**
 * A presented template opens at its first step with full timers in a new tab; a tab that has
 * presented it before (its run state is in sessionStorage) gets no shell: the boot script skips
 * a shell whose `data-run` appears in a sessionStorage key (features/presenter/use-run-settings.ts).
 */
const runOf = (hash: string) => /^#\/present\?template=([\w-]+)$/.exec(hash)?.[1];

const ROOT_OPEN = '<div id="root">';
const ROOT_CLOSE = '</div>\n    <!--shells-->';
const SHELLS = /<!--shells-->[\s\S]*<!--\/shells-->/;
const html = () => readFileSync('index.html', 'utf8');
const between = (page: string, open: string, close: string) =>
  page.slice(page.indexOf(open) + open.length, page.indexOf(close));
const normalise = (markup: string) => markup.replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();

/** The home screen as the server renders it: the markup hydration starts from. */
async function renderHome(): Promise<string> {
  window.location.hash = '';
  const { App } = await freshApp();
  return renderToString(<App />);
}

/**
 * The join link whose hand screen is the template of the hand's pre-paint (src/boot): it has every
 * part the pre-paint fills in (title, step and its instructions, a seat from the link that differs
 * from the remembered one, a name), so the pre-paint only sets texts and removes what a link lacks.
 */
const NAERVAER_VERSION = (JSON.parse(readFileSync('cards/naervaer.json', 'utf8')) as { version: number })
  .version;
const PREPAINT_JOIN = `#/join?v=1&s=42&d=naervaer.${NAERVAER_VERSION}&n=8&k=4&t=Verksted&p=0&f=silent&h=3`;

/** The remembered seat of PREPAINT_JOIN's session: another seat than the link's, with a name. */
function rememberSeat() {
  const decoded = decodeJoin(PREPAINT_JOIN.slice('#/join?'.length));
  if (!decoded.ok) throw new Error('PREPAINT_JOIN is not a valid join link');
  const { seat: _seat, ...session } = decoded.session;
  writeSeat(sessionRefForJoin(session).code, { seat: 5, name: 'Kari' });
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

async function renderShells(): Promise<string> {
  const templates: string[] = [];
  for (const hash of SHELL_HASHES) {
    const { title, main, presenting } = await renderShell(hash);
    const run = runOf(hash);
    const attrs = [
      `id="shell:${escapeAttr(hash)}"`,
      `data-title="${escapeAttr(title)}"`,
      ...(presenting ? [`data-presenting="${escapeAttr(presenting)}"`] : []),
      ...(run ? [`data-run="template-${run}"`] : []),
    ];
    templates.push(`<template ${attrs.join(' ')}>${main}</template>`);
  }
  const { title, main } = await renderShell(PREPAINT_JOIN, rememberSeat);
  templates.push(
    `<template id="prepaint:#/join" data-title="${escapeAttr(title)}">${prepaintPart(main)}</template>`,
  );
  return `<!--shells-->\n    ${templates.join('\n    ')}\n    <!--/shells-->`;
}

describe('the pre-rendered screens in index.html', () => {
  it('hold exactly what the app renders in bokmål, for home and every deep link with a shell', async () => {
    const home = await renderHome();
    const shells = await renderShells();
    if (process.env.UPDATE_SHELL) {
      const page = html();
      writeFileSync(
        'index.html',
        page.replace(between(page, ROOT_OPEN, ROOT_CLOSE), home).replace(SHELLS, shells),
      );
    }
    expect(normalise(between(html(), ROOT_OPEN, ROOT_CLOSE))).toBe(normalise(home));
    expect(normalise(SHELLS.exec(html())?.[0] ?? '')).toBe(normalise(shells));
  });

  it('carry no inline style attributes, which the Content-Security-Policy would refuse', () => {
    expect(html()).not.toMatch(/<(?!meta)[^>]+\sstyle="/);
  });
});
