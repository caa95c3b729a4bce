// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/app.tsx';
import { initI18n } from '../../../src/i18n/init.ts';

// index.html carries the home screen in bokmål, pre-rendered, and main.tsx hydrates it. If
// the two drift apart, hydration fails (a console error, a repaint, a worse LCP). When this
// test fails after a change to the home screen, paste the received markup into index.html.
const shell = () => {
  const html = readFileSync('index.html', 'utf8');
  const start = html.indexOf('<div id="root">') + '<div id="root">'.length;
  const end = html.lastIndexOf('</div>\n  </body>');
  return html.slice(start, end).replace(/<!-- (?!\$|\/\$)[\s\S]*?-->/g, '');
};
const normalise = (markup: string) => markup.replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();

describe('the static shell in index.html', () => {
  beforeAll(() => initI18n('nb'));

  it('is exactly what React renders for the home screen in bokmål', () => {
    expect(normalise(shell())).toBe(normalise(renderToString(<App />)));
  });
});
