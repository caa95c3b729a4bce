// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  HTML_CLASS,
  awaitingPaint,
  getHtmlData,
  paintedShell,
  setHtmlClass,
  setHtmlData,
} from '../../src/lib/html-flags.ts';

const html = document.documentElement;

describe('the flags on <html>', () => {
  beforeEach(() => {
    html.className = '';
    for (const name of Object.keys(html.dataset)) delete html.dataset[name];
  });

  it('write the names index.html and the CSS read', () => {
    setHtmlClass(HTML_CLASS.pending, true);
    setHtmlData('presenting', 'audience');
    expect(html.className).toBe('pending');
    expect(html.getAttribute('data-presenting')).toBe('audience');
    setHtmlData('presenting', undefined);
    expect(html.hasAttribute('data-presenting')).toBe(false);
    expect(getHtmlData('presenting')).toBeUndefined();
  });

  it('name a painted shell only once <main> is no longer hidden', () => {
    html.dataset.shell = '#/solo';
    html.classList.add('pending');
    expect(paintedShell()).toBeUndefined();
    html.classList.remove('pending');
    expect(paintedShell()).toBe('#/solo');
  });

  it('await a paint while <main> is hidden and the app has not begun', () => {
    expect(awaitingPaint()).toBe(false);
    html.classList.add('pending');
    expect(awaitingPaint()).toBe(true);
    setHtmlData('app', 'rendering');
    expect(awaitingPaint()).toBe(false);
  });
});
