import { readFileSync } from 'node:fs';
import { test, expect } from '../support/fixtures.ts';
import { badFiles, WORDS } from './support/corpus.ts';

// Every bad deck file of the corpus through the real import screen, in bokmål and in English:
// a message per problem with its place in the file, and the decks already imported stay as they were.
const FIXTURES = 'tests/fixtures/decks';

function ownDeck(): Buffer {
  const deck = JSON.parse(readFileSync(`${FIXTURES}/valid-full.json`, 'utf8')) as Record<string, unknown>;
  return Buffer.from(JSON.stringify({ ...deck, id: 'min-stokk', title: { nb: 'Min stokk', en: 'My deck' } }));
}

for (const lang of ['nb', 'en'] as const) {
  test.describe(lang, () => {
    test.use({ locale: WORDS[lang].locale });

    test(`every bad deck file is refused with a message in ${lang} and changes nothing`, async ({ page }) => {
      await page.goto('./#/decks?view=import');
      const input = page.locator('input[type="file"]');
      await input.setInputFiles({ name: 'min-stokk.json', mimeType: 'application/json', buffer: ownDeck() });
      const decks = page.locator('.imported-decks li');
      await expect(decks).toHaveCount(1);
      const before = await decks.allTextContents();

      for (const [file, spec, payload] of badFiles('decks')) {
        await input.setInputFiles(payload);
        await expect(page.locator('#import-outcome-heading'), file).toHaveText(WORDS[lang].deckFailed(file));
        const items = page.locator('.issue-list li');
        await expect(items, file).toHaveCount(spec.issues!.length);
        for (const [i, issue] of spec.issues!.entries()) {
          const place = issue.path === '' ? WORDS[lang].wholeFile : issue.path;
          await expect(items.nth(i).locator('.issue-path'), file).toHaveText(place);
          await expect(items.nth(i).locator('.issue-message'), file).not.toBeEmpty();
        }
        expect(await decks.allTextContents(), file).toEqual(before);
      }
      await page.reload();
      await expect(decks).toHaveCount(1);
      expect(await decks.allTextContents()).toEqual(before);
    });
  });
}
