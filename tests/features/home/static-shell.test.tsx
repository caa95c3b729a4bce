// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { HomePage } from '../../../src/features/home/home-page.tsx';
import { initI18n } from '../../../src/i18n/init.ts';

// index.html paints a static copy of the home screen before JavaScript runs. If it drifts
// from the React screen, users see the page jump or change words as the app starts.
const shellMain = () => {
  const doc = new DOMParser().parseFromString(readFileSync('index.html', 'utf8'), 'text/html');
  return doc.querySelector('#root main')!;
};
const normalise = (el: Element) => el.innerHTML.replace(/>\s+</g, '><').trim();

describe('the static shell in index.html', () => {
  beforeAll(() => initI18n('nb'));

  it('has the same markup as the React home screen in bokmål', () => {
    const { container } = render(<HomePage />);
    expect(normalise(shellMain())).toBe(normalise(container));
  });
});
