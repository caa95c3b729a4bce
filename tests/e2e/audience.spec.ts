import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './support/fixtures.ts';
import { pickFiles } from './support/files.ts';

// «Hvem er kortet for?» as a person uses it, on a deck of our own whose cards name their audience
// (a card that names none is for everyone), and the source shown as a described document.

const TEXT = {
  all: 'Hva gjør vi sammen neste uke?',
  leaders: 'Hvordan gir du tid til ledelse?',
  reps: 'Hvordan bruker dere tillitsvalgte tidlig?',
  leadersAndMembers: 'Hvordan snakker ledere og folkevalgte om målene?',
};

/** A deck of four cards: one for everyone, three for named audiences, all from one described booklet. */
function audienceDeck(): Buffer {
  const card = (id: string, nb: string, audience?: string[]) => ({
    id: `egen-${id}`,
    category: 'tema',
    text: { nb, nn: nb, en: nb },
    source: { doc: 'hefte', section: 'God ledelse' },
    ...(audience ? { audience } : {}),
  });
  const deck = {
    type: 'kortstokk/deck',
    format: 1,
    id: 'egen',
    version: 1,
    title: { nb: 'Egen stokk', nn: 'Eigen stokk', en: 'Own deck' },
    description: { nb: 'Kort for ulike grupper.', nn: 'Kort for ulike grupper.', en: 'Cards for groups.' },
    sources: [{ id: 'hefte', title: { nb: 'Skodd for framtida' }, by: 'KS', year: 2016 }],
    categories: [{ id: 'tema', label: { nb: 'Tema', nn: 'Tema', en: 'Theme' } }],
    cards: [
      card('001', TEXT.all),
      card('002', TEXT.leaders, ['leaders']),
      card('003', TEXT.reps, ['union-reps']),
      card('004', TEXT.leadersAndMembers, ['leaders', 'elected-members']),
    ],
  };
  return Buffer.from(JSON.stringify(deck));
}

async function importDeck(page: Page) {
  await page.goto('./#/decks?view=import');
  await pickFiles(page.getByRole('button', { name: 'Velg fil …' }), {
    name: 'egen.json',
    mimeType: 'application/json',
    buffer: audienceDeck(),
  });
  await expect(page.locator('#import-outcome-heading')).toHaveText('«Egen stokk» er importert');
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const ownItem = (page: Page) => page.locator('.decks-item').filter({ hasText: 'Egen stokk' });

test('decks: browse, search and draw only the cards for one audience, and see where a card comes from', async ({
  page,
}) => {
  await importDeck(page);
  await page.getByRole('link', { name: 'Bla og søk' }).click();
  await expect(ownItem(page)).toContainText('4 kort ·');
  const audience = page.getByRole('group', { name: 'Hvem er kortet for?' });
  await expect(audience.getByRole('radio', { name: 'Alle' })).toBeChecked();

  await audience.getByRole('radio', { name: 'Tillitsvalgte' }).check();
  await expect(ownItem(page)).toContainText('2 kort ·');
  await expect(page).toHaveURL(/[?&]for=union-reps/);
  await expectAccessible(page, 'deck list for union representatives');

  // The search keeps to the audience: the leaders' card is not found, the card for everyone is.
  await page.getByRole('searchbox', { name: 'Søk i kortene' }).fill('hvordan');
  await expect(page.locator('.decks-hits')).toContainText(TEXT.reps);
  await expect(page.locator('.decks-hits')).not.toContainText(TEXT.leaders);
  await page.getByRole('searchbox', { name: 'Søk i kortene' }).fill('');

  // A reload keeps the choice (it is in the address), and the deck opens with it.
  await page.reload();
  await expect(audience.getByRole('radio', { name: 'Tillitsvalgte' })).toBeChecked();
  await page.getByRole('link', { name: 'Egen stokk', exact: true }).click();
  await expect(h1(page)).toHaveText('Egen stokk');
  await expect(audience.getByRole('radio', { name: 'Tillitsvalgte' })).toBeChecked();
  await expect(page.locator('.decks-cards li')).toHaveText([TEXT.all, TEXT.reps]);

  // Draw from this deck for leaders: the pile holds their cards and the card for everyone.
  await page.getByRole('link', { name: 'Trekk kort fra denne' }).click();
  await expect(h1(page)).toHaveText('Trekk kort');
  await expect(page.getByText('2 kort igjen i bunken')).toBeVisible();
  await audience.getByRole('radio', { name: 'Ledere' }).check();
  await expect(page.getByText('3 kort igjen i bunken')).toBeVisible();
  const drawn: string[] = [];
  for (let left = 2; left >= 0; left -= 1) {
    await page.getByRole('button', { name: 'Trekk kort' }).click();
    await expect(page.locator('.draw-count')).toHaveText(
      left === 0 ? 'Bunken er tom – stokk på nytt for å trekke igjen.' : `${left} kort igjen i bunken`,
    );
    drawn.push((await page.locator('.draw-card .qcard-text').textContent()) ?? '');
  }
  expect(drawn.sort()).toEqual([TEXT.all, TEXT.leaders, TEXT.leadersAndMembers].sort());
  // The last card is still fading in (0.28 s): axe would measure its text half transparent.
  await expect(page.locator('.draw-card .qcard').locator('..')).toHaveCSS('opacity', '1');
  await expectAccessible(page, 'draw for leaders');

  // The card shows whom it is for and its source as a document, not a file name.
  const card = page.locator('.draw-card .qcard');
  await expect(card.locator('.qcard-source cite')).toHaveText('Skodd for framtida');
  await expect(card.locator('.qcard-source')).toContainText(
    'Skodd for framtida, KS, 2016 – avsnittet «God ledelse».',
  );
});

test('a built-in card names its source document, never a seed file', async ({ page }) => {
  const ledelse = JSON.parse(readFileSync('cards/ledelse.json', 'utf8')) as {
    sources: { id: string; title: { nb: string } }[];
    cards: { id: string; text: { nb: string }; source: { doc: string; section: string } }[];
  };
  const card = ledelse.cards[0]!;
  const doc = ledelse.sources.find((s) => s.id === card.source.doc)!;
  await page.goto(`./#/decks?deck=ledelse&card=${card.id}`);
  const source = page.locator(`[data-card="ledelse/${card.id}"] .qcard-source`);
  await expect(source.locator('cite')).toHaveText(doc.title.nb);
  await expect(source).toContainText(`avsnittet «${card.source.section}»`);
  await expect(source).not.toContainText('.txt');
});

test('solo: the audience is part of the remembered choice, and the card shows its source', async ({
  page,
}) => {
  await importDeck(page);
  await page.goto('./#/solo');
  await expect(h1(page)).toHaveText('Alene');
  await page.getByRole('button', { name: 'Ingen', exact: true }).click();
  await page.getByRole('checkbox', { name: /^Egen stokk/ }).check();
  await expect(page.getByText('4 kort valgt')).toBeVisible();
  const audience = page.getByRole('group', { name: 'Hvem er kortet for?' });
  await audience.getByRole('radio', { name: 'Folkevalgte' }).check();
  await expect(page.getByText('2 kort valgt')).toBeVisible();
  await expectAccessible(page, 'solo start for elected members');

  await page.reload();
  await expect(audience.getByRole('radio', { name: 'Folkevalgte' })).toBeChecked();
  await expect(page.getByText('2 kort valgt')).toBeVisible();

  await page.getByRole('button', { name: 'Trekk et kort' }).click();
  await expect(h1(page)).toHaveText('Refleksjon');
  await expect(page.locator('.qcard-text')).toHaveText(
    new RegExp(`^(${TEXT.all}|${TEXT.leadersAndMembers})$`.replace(/\?/g, '\\?')),
  );
  await page.getByText('Oppfølgingsspørsmål og kilde').click();
  await expect(page.locator('.solo-details .qcard-source cite')).toHaveText('Skodd for framtida');
  await expect(page.locator('.solo-details')).not.toContainText('.txt');
  await expectAccessible(page, 'solo card with its source');
});

test('planner: a step draws only the cards for the audience chosen, and keeps the choice', async ({
  page,
}) => {
  await importDeck(page);
  await page.goto('./#/workshop');
  const template = page.locator('.workshop-templates > li').filter({ hasText: 'Verksted ledelse: nærvær' });
  await template.getByRole('button', { name: /^Bruk malen/ }).click();
  await expect(h1(page)).toHaveText('Kjøreplan: Verksted ledelse: nærvær');

  const plenary = page.locator('ol.steps > li').last();
  await plenary.locator('summary').click();
  await plenary.getByRole('radio', { name: 'Kort fra kortstokker og kategorier' }).check();
  await plenary.getByRole('checkbox', { name: 'Egen stokk (4 kort)' }).check();
  await expect(plenary.locator('summary')).toHaveText('Kort: 4 kort');
  const audience = plenary.getByRole('group', { name: 'Hvem er kortet for?' });
  await audience.getByRole('radio', { name: 'Tillitsvalgte' }).check();
  await expect(plenary.locator('summary')).toHaveText('Kort: 2 kort for tillitsvalgte');
  await expectAccessible(page, 'step cards for union representatives');

  // The printed plan says whom the step's cards are for, and lists only those.
  await page.getByRole('link', { name: 'Skriv ut' }).click();
  const printed = page.locator('.print-table tbody tr').last();
  await expect(printed).toContainText('Kort for tillitsvalgte:');
  await expect(printed.locator('.print-cards li')).toHaveText([TEXT.all, TEXT.reps]);
  await page.goBack();

  // Saved with the plan: after a reload the step still draws for union representatives.
  await page.reload();
  await expect(h1(page)).toHaveText('Kjøreplan: Verksted ledelse: nærvær');
  const again = page.locator('ol.steps > li').last();
  await expect(again.locator('summary')).toHaveText('Kort: 2 kort for tillitsvalgte');
  await again.locator('summary').click();
  await expect(again.getByRole('radio', { name: 'Tillitsvalgte' })).toBeChecked();
  // Hand-picked cards are taken as picked: switching to them leaves the audience behind, and
  // the audience only narrows the cards offered to pick from.
  await again.getByRole('radio', { name: 'Kort jeg velger selv' }).check();
  await again.getByLabel('Kortstokk', { exact: true }).selectOption({ label: 'Egen stokk' });
  await expect(again.getByLabel('Kort', { exact: true }).locator('option')).toHaveCount(4);
  await again.getByRole('radio', { name: 'Folkevalgte' }).check();
  await expect(again.getByLabel('Kort', { exact: true }).locator('option')).toHaveText([
    TEXT.all,
    TEXT.leadersAndMembers,
  ]);
  await expectAccessible(page, 'picking cards for elected members');
  await again.getByRole('radio', { name: 'Kort fra kortstokker og kategorier' }).check();
  await expect(again.getByRole('radio', { name: 'Alle' })).toBeChecked();
});

test('counts take the singular and the plural in nynorsk too (the browser’s plural rules for nn)', async ({
  page,
}) => {
  await importDeck(page);
  await page.getByRole('link', { name: 'Bla og søk' }).click();
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
  const own = page.locator('.decks-item').filter({ hasText: 'Eigen stokk' });
  await expect(own).toContainText('4 kort · 1 kategori ·');
  await expect(page.locator('.decks-item').first()).toContainText(/\d+ kategoriar ·/);
  await page.getByRole('radio', { name: 'Tillitsvalde' }).check();
  await page.getByRole('searchbox').fill('tillitsvalgte');
  await expect(page.locator('.decks-results-count')).toHaveText('1 kort passar til «tillitsvalgte».');
  expect(await page.evaluate(() => new Intl.PluralRules('nn').resolvedOptions().locale)).toBe('nn');
});
