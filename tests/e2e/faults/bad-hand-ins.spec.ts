import { test, expect } from '../support/fixtures.ts';
import { pickFiles } from '../support/files.ts';
import { badFiles, WORDS } from './support/corpus.ts';
import { storedNotes } from './support/notes-db.ts';
import { writeJournalEntry } from './support/solo.ts';

// Every bad hand-in file of the corpus through the notes wall's import, in bokmål and English:
// each is refused with a reason, and the notes already on the device are exactly as they were.
const UI = {
  nb: { choose: 'Velg filer', summary: '1 fil lest: 0 nye notater, 1 avvist.' },
  en: { choose: 'Choose files', summary: '1 file read: 0 new notes, 1 refused.' },
};

for (const lang of ['nb', 'en'] as const) {
  test.describe(lang, () => {
    test.use({ locale: WORDS[lang].locale });

    test(`every bad hand-in file is refused in ${lang} and changes nothing`, async ({ page }) => {
      await writeJournalEntry(page, 'Et notat som skal stå.', lang);
      await page.goto('./#/notes');
      const before = await storedNotes(page);
      expect(before).toHaveLength(1);
      for (const [file, spec, payload] of badFiles('hand-ins')) {
        await pickFiles(page.getByRole('button', { name: UI[lang].choose }), payload);
        await expect(page.locator('.import-summary'), file).toHaveText(UI[lang].summary);
        const first = spec.issues?.[0]?.path;
        if (first) await expect(page.locator('.import-files'), file).toContainText(first);
        await expect(page.locator('.import-files'), file).toContainText(file);
      }
      expect(await storedNotes(page)).toEqual(before);
    });
  });
}
