import { test, expect } from '../support/fixtures.ts';
import { badFiles, WORDS } from './support/corpus.ts';
import { storedNotes } from './support/notes-db.ts';
import { writeJournalEntry } from './support/solo.ts';

// Every bad journal backup of the corpus through the solo import, in bokmål and in English:
// the file is named in a message that says nothing changed, and the journal on disk is as it was.
const UI = {
  nb: {
    chooser: 'Velg sikkerhetskopi (JSON)',
    failed: (f: string) => `${f} kunne ikke leses inn. Ingenting er endret.`,
  },
  en: {
    chooser: 'Choose a backup (JSON)',
    failed: (f: string) => `${f} could not be read. Nothing was changed.`,
  },
};

for (const lang of ['nb', 'en'] as const) {
  test.describe(lang, () => {
    test.use({ locale: WORDS[lang].locale });

    test(`every bad journal backup is refused in ${lang} and changes nothing`, async ({ page }) => {
      await writeJournalEntry(page, 'Et svar som skal stå.', lang);
      const before = await storedNotes(page);
      expect(before).toHaveLength(1);

      await page.goto('./#/solo?view=export');
      const chooser = page.getByLabel(UI[lang].chooser);
      for (const [file, , payload] of badFiles('journals')) {
        await chooser.setInputFiles(payload);
        await expect(page.getByRole('alert'), file).toContainText(UI[lang].failed(file));
      }
      expect(await storedNotes(page)).toEqual(before);
    });
  });
}
