// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { JoinPage } from '../../../src/features/join/join-page.tsx';
import { changeLanguage, initI18n } from '../../../src/i18n/init.ts';

// The join-link corpus, message by message, as the join screen shows it: the same check the
// browser fault suite makes, here in a second so a wording slip shows before the browser runs.
type Case = { link: string; code: string; nb: string; en: string };
const corpus = JSON.parse(readFileSync('tests/fixtures/join-links/expected.json', 'utf8')) as {
  cases: Record<string, Case>;
};

beforeAll(() => initI18n('nb'));
afterEach(cleanup);

describe('the bad join-link corpus on the join screen', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`shows each case's message in ${lang}`, async () => {
      await changeLanguage(lang);
      for (const [name, bad] of Object.entries(corpus.cases)) {
        window.location.hash = `#/join?${bad.link}`;
        const view = render(<JoinPage />);
        expect(screen.getByRole('alert').textContent, name).toBe(bad[lang]);
        view.unmount();
      }
    });
  }
});
