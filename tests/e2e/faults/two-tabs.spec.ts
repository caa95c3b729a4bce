import { readFileSync } from 'node:fs';
import { test, expect } from '../support/fixtures.ts';
import { storedNotes } from './support/notes-db.ts';
import { drawAndAnswerField, savedLine } from './support/solo.ts';

// Two tabs of the same browser write at once: no words are lost.
const LEDELSE = (JSON.parse(readFileSync('cards/ledelse.json', 'utf8')) as { version: number }).version;
const JOIN = `./#/join?v=1&s=77&d=ledelse.${LEDELSE}&n=8&k=3`;

test('two tabs writing different entries keep both', async ({ page, context }) => {
  const other = await context.newPage();
  const a = await drawAndAnswerField(page);
  const b = await drawAndAnswerField(other);
  await Promise.all([a.pressSequentially('Fra fane A.'), b.pressSequentially('Fra fane B.')]);
  await expect(savedLine(page)).toBeVisible();
  await expect(savedLine(other)).toBeVisible();
  const texts = (await storedNotes(page)).map((n) => n.text);
  expect(texts).toEqual(expect.arrayContaining(['Fra fane A.', 'Fra fane B.']));
});

test('two tabs editing the same saved note at once keep every word (a conflict copy)', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  for (const tab of [page, other]) {
    await tab.goto(JOIN);
    // The seat is remembered per device: the second tab goes straight to the hand.
    const seat = tab.getByLabel('Plassnummer (1–8)');
    await expect(seat.or(tab.getByText('Plass 2'))).toBeVisible();
    if (await seat.isVisible()) {
      await seat.fill('2');
      await tab.getByRole('button', { name: 'Vis kortene mine' }).click();
    }
    await expect(tab.getByText('Plass 2')).toBeVisible();
    if (tab === page) {
      await tab.getByLabel('Notat til dette kortet').fill('Start.');
      await expect(savedLine(tab)).toBeVisible();
    }
  }
  const a = page.getByLabel('Notat til dette kortet');
  const b = other.getByLabel('Notat til dette kortet');
  await expect(b).toHaveValue('Start.');

  const append = async (field: typeof a, words: string) => {
    await field.press('End');
    await field.pressSequentially(words);
  };
  await Promise.all([append(a, ' Alfa skrev dette.'), append(b, ' Beta skrev dette.')]);
  await expect(savedLine(page)).toBeVisible();
  await expect(savedLine(other)).toBeVisible();
  await page.waitForTimeout(500);

  const stored = await storedNotes(page);
  const texts = stored.map((n) => String(n.text)).join('\n');
  expect(texts).toContain('Alfa skrev dette.');
  expect(texts).toContain('Beta skrev dette.');
  // Both tabs' versions survive: one under the note's id, the other as a marked conflict copy.
  expect(stored).toHaveLength(2);
  expect(stored.filter((n) => (n as { meta?: { conflictOf?: string } }).meta?.conflictOf)).toHaveLength(1);
});
