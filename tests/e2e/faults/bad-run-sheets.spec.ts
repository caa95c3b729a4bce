import { test, expect } from '../support/fixtures.ts';
import { pickFiles } from '../support/files.ts';
import { badFiles, WORDS } from './support/corpus.ts';

// Every bad run-sheet file of the corpus through the workshop import, in bokmål and English:
// each problem is listed with its place in the file, and the saved run-sheets stay as they were.
const FIXTURES = 'tests/fixtures/run-sheets';
const CHOOSE = { nb: 'Velg fil …', en: 'Choose a file …' };

for (const lang of ['nb', 'en'] as const) {
  test.describe(lang, () => {
    test.use({ locale: WORDS[lang].locale });

    test(`every bad run-sheet is refused with a message in ${lang} and changes nothing`, async ({ page }) => {
      await page.goto('./#/workshop');
      await pickFiles(page.getByRole('button', { name: CHOOSE[lang] }), `${FIXTURES}/valid.json`);
      // A person sees «… er importert» before leaving; leaving earlier is a race, not data loss:
      // the import reports success only after IndexedDB committed the sheet.
      await expect(page.getByRole('heading', { name: /importert|imported/ })).toBeVisible();
      await page.goto('./#/');
      await page.goto('./#/workshop');
      const sheets = page.locator('.workshop-sheets > li');
      await expect(sheets).toHaveCount(1);
      const before = await sheets.allTextContents();

      for (const [file, spec, payload] of badFiles('run-sheets')) {
        await pickFiles(page.getByRole('button', { name: CHOOSE[lang] }), payload);
        await expect(page.getByRole('heading', { name: WORDS[lang].deckFailed(file) }), file).toBeFocused();
        const issues = page.locator('.issue-list > li');
        await expect(issues, file).toHaveCount(spec.issues!.length);
        for (const [i, issue] of spec.issues!.entries())
          await expect(issues.nth(i), file).toContainText(
            issue.path === '' ? WORDS[lang].wholeFile : issue.path,
          );
        expect(await sheets.allTextContents(), file).toEqual(before);
      }
      await page.reload();
      await expect(sheets).toHaveCount(1);
      expect(await sheets.allTextContents()).toEqual(before);
    });
  });
}
