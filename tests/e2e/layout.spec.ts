import { test, expect, expectAccessible } from './support/fixtures.ts';
import { SCREENS } from './support/screens.ts';

const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

test('every screen fits a 320 px wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const { path, h1 } of SCREENS) {
    await page.goto(`./#${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    expect(await page.evaluate(overflow), path).toBeLessThanOrEqual(0);
    await expectAccessible(page, `${path} at 320 px`);
  }
});

test('every screen reflows at 200 % text size', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  for (const { path, h1 } of SCREENS) {
    await page.goto(`./#${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(await page.evaluate(overflow), path).toBeLessThanOrEqual(0);
  }
});

test('the in-app motion switch reduces motion and is remembered', async ({ page }) => {
  await page.goto('./#/settings');
  await page.getByRole('radio', { name: 'Reduser bevegelse' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Reduser bevegelse' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
  await expectAccessible(page, 'settings');
});
