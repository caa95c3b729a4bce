import { test, expect, expectAccessible } from './support/fixtures.ts';

test('language can be switched to nynorsk and English, and is remembered', async ({ page }) => {
  await page.goto('./');
  const language = page.getByRole('combobox', { name: 'Språk' });
  await language.selectOption('nn');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(page.getByRole('link', { name: /^Åleine/ })).toBeVisible();
  await expect(page.getByText('Korleis vil du bruke korta?')).toBeVisible();
  await expectAccessible(page, 'home nn');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(page.getByRole('link', { name: /^Åleine/ })).toBeVisible();

  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: /^On my own/ })).toBeVisible();
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expectAccessible(page, 'settings en');
});

for (const [locale, lang] of [
  ['nn-NO', 'nn'],
  ['no', 'nb'],
  ['nb-NO', 'nb'],
  ['en-GB', 'en'],
  ['de-DE', 'nb'],
] as const) {
  test(`a first visit with browser language ${locale} opens in ${lang}`, async ({ newDevice }) => {
    const page = await newDevice({ locale });
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });
}
