import { test, expect, expectAccessible } from './support/fixtures.ts';
import { SCREENS } from './support/screens.ts';

test('home offers the three ways in, in bokmål, and each link opens its screen', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kortstokk');
  await expectAccessible(page, 'home');
  for (const name of ['Workshop', 'Bli med', 'Alene']) {
    await page.getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kortstokk');
  }
});

for (const screen of SCREENS) {
  test(`deep link ${screen.path} shows one h1, landmarks, and passes axe`, async ({ page }) => {
    await page.goto(`./#${screen.path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.h1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page).toHaveTitle(screen.path === '/' ? 'Kortstokk' : `${screen.h1} – Kortstokk`);
    await expectAccessible(page, screen.path);
  });
}

test('an unknown route says so and leads home', async ({ page }) => {
  await page.goto('./#/finnes-ikke');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden');
  await expectAccessible(page, 'not found');
  await page.getByRole('link', { name: 'Tilbake til forsiden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kortstokk');
});

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Innstillinger');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til innholdet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL(/\/settings\/$/);
});

test('the privacy and accessibility pages are linked from every screen, in every language', async ({
  page,
}) => {
  await page.goto('./#/settings');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Personvern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personvern');
  await expect(page.getByText('Ingen informasjonskapsler (cookies).')).toBeVisible();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
  await expect(page.getByRole('heading', { level: 2, name: 'Kvar dataa dine ligg' })).toBeVisible();
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgjengelegheitserklæring' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgjengelegheitserklæring');
  await expectAccessible(page, 'accessibility statement nn');
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 2, name: 'Not good enough yet' })).toBeVisible();
});
