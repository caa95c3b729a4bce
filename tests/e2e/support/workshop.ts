import type { Page } from '@playwright/test';
import { expect, press } from './fixtures.ts';

/**
 * The facilitator's way to a group, keys only: «Workshop» → a template's «Bruk malen» → «Sett opp
 * gruppen» → the group size → «Lagre gruppen og vis QR-koden». Ends on the session's join screen.
 */
export async function groupFromTemplate(page: Page, template: string, seats: number) {
  const h1 = page.getByRole('heading', { level: 1 });
  await page.goto('./#/workshop');
  const item = page.locator('.workshop-templates > li').filter({ hasText: template });
  await press(item.getByRole('button', { name: /^Bruk malen/ }));
  await expect(h1).toHaveText(`Kjøreplan: ${template}`);
  await press(page.getByRole('link', { name: 'Sett opp gruppen' }));
  await page.getByLabel('Antall deltakere', { exact: true }).fill(String(seats));
  await press(page.getByRole('button', { name: 'Lagre gruppen og vis QR-koden' }));
  await expect(h1).toHaveText(`Bli med: ${template}`);
}
