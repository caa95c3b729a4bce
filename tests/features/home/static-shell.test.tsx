// @vitest-environment jsdom
import { readFileSync, writeFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/app.tsx';
import { initI18n } from '../../../src/i18n/init.ts';

// index.html carries the home screen in bokmål, pre-rendered, and main.tsx hydrates it. If
// the two drift apart, hydration fails (a console error, a repaint, a worse LCP). After a
// change to the home screen or the layout, `npm run shell` writes the new markup into index.html.
const OPEN = '<div id="root">';
const CLOSE = '</div>\n  </body>';
const html = () => readFileSync('index.html', 'utf8');
const shell = (page: string) => page.slice(page.indexOf(OPEN) + OPEN.length, page.lastIndexOf(CLOSE));
const normalise = (markup: string) => markup.replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();

describe('the static shell in index.html', () => {
  beforeAll(() => initI18n('nb'));

  it('is exactly what React renders for the home screen in bokmål', () => {
    const rendered = renderToString(<App />);
    if (process.env.UPDATE_SHELL) {
      const page = html();
      writeFileSync('index.html', page.replace(shell(page), rendered));
    }
    expect(normalise(shell(html()))).toBe(normalise(rendered));
  });
});
