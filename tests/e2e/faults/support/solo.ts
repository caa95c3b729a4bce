import { expect, type Locator, type Page } from '@playwright/test';

const SOLO = {
  nb: { draw: 'Trekk et kort', title: 'Refleksjon', answer: 'Ditt svar', saved: 'Lagret på enheten' },
  en: { draw: 'Draw a card', title: 'Reflection', answer: 'Your answer', saved: 'Saved on this device' },
} as const;

/** Opens the solo journey, draws a card and returns the answer field (the journal entry). */
export async function drawAndAnswerField(page: Page, lang: 'nb' | 'en' = 'nb'): Promise<Locator> {
  await page.goto('./#/solo');
  await page.getByRole('button', { name: SOLO[lang].draw }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SOLO[lang].title);
  return page.getByRole('textbox', { name: SOLO[lang].answer });
}

/** The quiet «saved on this device» line under a note field. */
export const savedLine = (page: Page, lang: 'nb' | 'en' = 'nb') => page.getByText(SOLO[lang].saved);

/** Writes one journal entry and waits until it is on disk. */
export async function writeJournalEntry(page: Page, text: string, lang: 'nb' | 'en' = 'nb'): Promise<void> {
  const answer = await drawAndAnswerField(page, lang);
  await answer.fill(text);
  await expect(savedLine(page, lang)).toBeVisible();
}
