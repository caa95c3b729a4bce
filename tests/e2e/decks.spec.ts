import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './support/fixtures.ts';

type Text = { nb: string; nn: string; en: string };
type DeckFile = {
  id: string;
  title: Text;
  categories: { id: string; label: Text }[];
  cards: { id: string; category: string; text: Text }[];
};
const deckFile = (id: string) => JSON.parse(readFileSync(`cards/${id}.json`, 'utf8')) as DeckFile;
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
/** Waits until the drawn card has finished arriving (fully opaque), e.g. before axe checks contrast. */
const cardSettled = (page: Page) =>
  expect
    .poll(() =>
      page
        .locator('.draw-card > div')
        .first()
        .evaluate((el) => getComputedStyle(el).opacity),
    )
    .toBe('1');

test('browse a deck, open a card, and switch language to see the card text change', async ({ page }) => {
  const ledelse = deckFile('ledelse');
  const card = ledelse.cards[3]!;
  await page.goto('./#/decks');
  await expect(h1(page)).toHaveText('Kortstokkene');
  await expect(page.getByRole('link', { name: 'Ledelse', exact: true })).toBeVisible();
  await expect(page.getByText(`${ledelse.cards.length} kort ·`).first()).toBeVisible();
  await expectAccessible(page, 'deck list');

  await page.getByRole('link', { name: 'Ledelse', exact: true }).click();
  await expect(h1(page)).toHaveText('Ledelse');
  await expect(h1(page)).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: /^Strategisk planlegging/ })).toBeVisible();
  await expectAccessible(page, 'one deck');

  await page.getByRole('link', { name: card.text.nb }).click();
  await expect(h1(page)).toHaveText(`Kort 4 av ${ledelse.cards.length} i «Ledelse»`);
  const shown = page.locator(`[data-card="ledelse/${card.id}"]`);
  await expect(shown.locator('.qcard-text')).toHaveText(card.text.nb);
  await expect(shown).toContainText('Tips til fasilitator');
  await expect(shown).toContainText('Kilde');
  await expectAccessible(page, 'card detail nb');

  await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
  await expect(shown.locator('.qcard-text')).toHaveText(card.text.nn);
  await expect(h1(page)).toHaveText(`Kort 4 av ${ledelse.cards.length} i «Leiing»`);
  await expectAccessible(page, 'card detail nn');
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(shown.locator('.qcard-text')).toHaveText(card.text.en);

  await page.getByRole('link', { name: 'Next card' }).click();
  await expect(page.locator(`[data-card="ledelse/${ledelse.cards[4]!.id}"]`)).toBeVisible();
});

test('search ignores case and accents, shows deck and category, and says when nothing matches', async ({
  page,
}) => {
  const arbeidsgiver = deckFile('arbeidsgiver');
  const target = arbeidsgiver.cards.find((c) => c.id === 'arbeidsgiver-014')!;
  await page.goto('./#/decks');
  const search = page.getByRole('searchbox', { name: 'Søk i kortene' });
  // «arbeidsmåter» in the card; typed in capitals and without the ring over å.
  await search.fill('ARBEIDSMATER');
  await expect(page.getByText('1 kort passer til «ARBEIDSMATER».')).toBeVisible();
  const hit = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: target.text.nb }) });
  await expect(hit).toContainText('Arbeidsgiverpolitikk · Fornyelse og innovasjon');
  await expectAccessible(page, 'search results');

  await hit.getByRole('link').click();
  await expect(page.locator('[data-card="arbeidsgiver/arbeidsgiver-014"]')).toBeVisible();
  await page.goBack();
  await expect(search).toHaveValue('ARBEIDSMATER');

  await search.fill('xyzzy kvantefysikk');
  await expect(page.getByText('Ingen kort passer til «xyzzy kvantefysikk».')).toBeVisible();
  await expectAccessible(page, 'search with no results');
  await page.getByRole('button', { name: 'Tøm søket' }).click();
  await expect(search).toHaveValue('');
  await expect(page.getByRole('link', { name: 'Ledelse', exact: true })).toBeVisible();

  // The search reads the card text of the chosen language: «leiarane» is nynorsk only.
  await search.fill('leiarane');
  await expect(page.getByText('Ingen kort passer til «leiarane».')).toBeVisible();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
  await expect(page.getByRole('link', { name: deckFile('ledelse').cards[3]!.text.nn })).toBeVisible();
});

test('draw a whole deck without repeats until the pile is empty, then hide a card and undo', async ({
  page,
}) => {
  const samspill = deckFile('samspill');
  const total = samspill.cards.length;
  await page.goto('./#/decks?view=draw');
  await expect(h1(page)).toHaveText('Trekk kort');
  await expectAccessible(page, 'draw, nothing drawn');
  await page.getByRole('button', { name: 'Velg ingen' }).click();
  await expect(page.getByText('Ingen kort er valgt.')).toBeVisible();
  await page.getByRole('checkbox', { name: new RegExp(`^${samspill.title.nb}`) }).check();
  const count = page.locator('.draw-count');
  await expect(count).toHaveText(`${total} kort igjen i bunken`);

  const drawn: string[] = [];
  for (let i = 1; i <= total; i += 1) {
    await page.getByRole('button', { name: 'Trekk kort' }).click();
    const card = page.locator('.draw-card [data-card]');
    await expect(card).toHaveCount(1);
    if (i < total) await expect(count).toHaveText(`${total - i} kort igjen i bunken`);
    drawn.push((await card.getAttribute('data-card'))!);
  }
  expect(new Set(drawn).size).toBe(total);
  expect(drawn.every((ref) => ref.startsWith('samspill/'))).toBe(true);
  await expect(count).toHaveText('Bunken er tom – stokk på nytt for å trekke igjen.');
  await expect(page.getByRole('button', { name: 'Trekk kort' })).toHaveCount(0);
  await cardSettled(page);
  await expectAccessible(page, 'draw, pile empty');

  await page.getByRole('button', { name: 'Stokk på nytt' }).click();
  await expect(count).toHaveText(`${total} kort igjen i bunken`);
  await page.getByRole('button', { name: 'Trekk kort' }).click();
  const first = (await page.locator('.draw-card [data-card]').getAttribute('data-card'))!;
  await page.getByRole('button', { name: 'Skjul dette kortet' }).click();
  await expect(page.getByText('Kortet er skjult og blir ikke trukket igjen på denne enheten.')).toBeVisible();
  await expect(page.locator('.draw-card [data-card]')).toHaveCount(0);
  await expectAccessible(page, 'draw, card hidden');
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(page.locator(`.draw-card [data-card="${first}"]`)).toBeVisible();

  // Hidden for good: a reshuffled pile leaves it out, and the hidden list survives a reload.
  await page.getByRole('button', { name: 'Skjul dette kortet' }).click();
  await page.getByRole('button', { name: 'Stokk på nytt' }).click();
  await expect(count).toHaveText(`${total - 1} kort igjen i bunken`);
  const [deckId, cardId] = first.split('/');
  await page.goto(`./#/decks?deck=${deckId}&card=${cardId}`);
  await page.reload();
  await expect(page.getByText('Dette kortet er skjult og blir ikke trukket på denne enheten.')).toBeVisible();
  await page.getByRole('button', { name: 'Ta kortet med når jeg trekker' }).click();
  await expect(page.getByText('Dette kortet kan trekkes.')).toBeVisible();
});

/** Watches the drawn-card area and returns every inline transform a card was given on the way in. */
async function drawAndRecordTransforms(page: Page): Promise<string[]> {
  await expect(page.getByRole('button', { name: 'Trekk kort' })).toBeVisible();
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenTransforms: string[] }).seenTransforms = seen;
    const note = (node: Node) => {
      if (node instanceof HTMLElement && node.style.transform) seen.push(node.style.transform);
    };
    new MutationObserver((records) => {
      for (const r of records) {
        note(r.target);
        r.addedNodes.forEach(note);
      }
    }).observe(document.querySelector('.draw-card')!, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['style'],
    });
  });
  await page.getByRole('button', { name: 'Trekk kort' }).click();
  await expect(page.locator('.draw-card [data-card]')).toBeVisible();
  // Done arriving: fully opaque (at once under reduced motion, after the slide otherwise).
  await cardSettled(page);
  return page.evaluate(() => (window as unknown as { seenTransforms: string[] }).seenTransforms);
}

test('the next card slides in, and nothing moves under reduced motion', async ({ page }) => {
  await page.goto('./#/decks?view=draw&deck=samspill');
  const moving = await drawAndRecordTransforms(page);
  expect(moving.some((t) => t !== 'none')).toBe(true);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  const still = await drawAndRecordTransforms(page);
  expect(still.filter((t) => t !== 'none')).toEqual([]);
});

test('every decks screen fits a 320 px wide phone, with the cards loaded', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;
  const screens: [string, string][] = [
    ['#/decks', '.decks-item'],
    ['#/decks?q=tillit', '.decks-hits li'],
    ['#/decks?deck=framtid', '.decks-cards li'],
    ['#/decks?deck=framtid&card=framtid-001', '[data-card]'],
    ['#/decks?view=draw', '.draw-deck'],
    ['#/decks?view=import', '.drop-zone'],
  ];
  for (const [path, ready] of screens) {
    await page.goto(`./${path}`);
    await expect(page.locator(ready).first()).toBeVisible();
    if (path.endsWith('draw')) {
      await page.getByRole('button', { name: 'Trekk kort' }).click();
      await expect(page.locator('.draw-card [data-card]')).toBeVisible();
    }
    expect(await page.evaluate(overflow), path).toBeLessThanOrEqual(0);
  }
  await expectAccessible(page, 'import at 320 px');
});
