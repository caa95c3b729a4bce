import { test, expect } from './support/fixtures.ts';

// DESIGN §4: no fault ever loses a note. IndexedDB writes are asynchronous and a reload can
// come before they start, so unsaved text is also rescued synchronously when the page goes.
test('text typed and reloaded at once, before the debounced save, is still there', async ({ page }) => {
  await page.goto('./#/solo');
  await page.getByRole('button', { name: 'Trekk et kort' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Refleksjon');
  const answer = page.getByRole('textbox', { name: 'Ditt svar' });
  await answer.click();
  await page.keyboard.type('Hello world, every word of it');
  await page.reload();
  await expect(answer).toHaveValue('Hello world, every word of it');
  await expect(page.getByText('Lagret på enheten')).toBeVisible();
  await page.reload();
  await expect(answer).toHaveValue('Hello world, every word of it');
});

test('a tab closed right after typing leaves its text for the next one', async ({ page, context }) => {
  await page.goto('./#/solo');
  await page.getByRole('button', { name: 'Trekk et kort' }).click();
  const answer = page.getByRole('textbox', { name: 'Ditt svar' });
  await answer.click();
  await page.keyboard.type('Written just before closing');
  await page.close({ runBeforeUnload: true });
  const next = await context.newPage();
  await next.goto('./#/solo?view=journal');
  await expect(next.getByText('Written just before closing')).toBeVisible();
});
