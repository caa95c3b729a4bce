import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './support/fixtures.ts';
import { pickFiles } from './support/files.ts';

const FIXTURES = 'tests/fixtures/decks';
/** The built-in decks (one file each in cards/) and the cards of «Ledelse», as the app lists them. */
const BUILT_IN = readdirSync('cards').filter((f) => f.endsWith('.json') && f !== 'deck.schema.json').length;
const LEDELSE_CARDS = (JSON.parse(readFileSync('cards/ledelse.json', 'utf8')) as { cards: unknown[] }).cards
  .length;
type Expected = { cases: Record<string, { issues?: { path: string; code: string }[] }> };
const expected = JSON.parse(readFileSync(`${FIXTURES}/expected.json`, 'utf8')) as Expected;

/** A valid deck of our own, built from the full fixture with another id and title. */
function ownDeck(id: string, title: string, extraCards = 0): Buffer {
  const deck = JSON.parse(readFileSync(`${FIXTURES}/valid-full.json`, 'utf8')) as {
    id: string;
    title: Record<string, string>;
    cards: { id: string; category: string; text: Record<string, string> }[];
  };
  deck.id = id;
  deck.title = { nb: title, nn: title, en: title };
  for (let i = 0; i < extraCards; i += 1)
    deck.cards.push({ id: `${id}-x${i}`, category: deck.cards[0]!.category, text: { nb: `Ekstra ${i}?` } });
  return Buffer.from(JSON.stringify(deck, null, 2));
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const outcome = (page: Page) => page.locator('#import-outcome-heading');

test('a good deck is imported, shows up in the list and in Draw, exports, is replaced after asking, and is deleted', async ({
  page,
}) => {
  await page.goto('./#/decks?view=import');
  await expect(h1(page)).toHaveText('Din egen kortstokk');
  await expect(page.getByText('Du har ikke importert noen kortstokker ennå.')).toBeVisible();
  await expectAccessible(page, 'import, nothing yet');

  await pickFiles(page.getByRole('button', { name: 'Velg fil …' }), {
    name: 'min-stokk.json',
    mimeType: 'application/json',
    buffer: ownDeck('min-stokk', 'Min egen stokk'),
  });
  await expect(outcome(page)).toHaveText('«Min egen stokk» er importert');
  await expect(outcome(page)).toBeFocused();
  await expectAccessible(page, 'import succeeded');

  await page.getByRole('link', { name: 'Bla og søk' }).click();
  const item = page.locator('.decks-item').filter({ hasText: 'Min egen stokk' });
  await expect(item).toContainText('din egen');
  await page.getByRole('link', { name: 'Trekk kort' }).click();
  await expect(page.getByRole('checkbox', { name: /^Min egen stokk/ })).toBeChecked();

  // Export the own deck and a built-in one, and read them back.
  for (const [path, file, cards] of [
    ['./#/decks?deck=min-stokk', 'min-stokk.json', 2],
    ['./#/decks?deck=ledelse', 'ledelse.json', LEDELSE_CARDS],
  ] as const) {
    await page.goto(path);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Last ned som JSON (${file})` }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(file);
    const parsed = JSON.parse(readFileSync((await saved.path())!, 'utf8')) as {
      type: string;
      cards: unknown[];
    };
    expect(parsed.type).toBe('kortstokk/deck');
    expect(parsed.cards).toHaveLength(cards);
  }

  // Same id again: asked first; «keep» changes nothing, «replace» replaces.
  await page.goto('./#/decks?view=import');
  await pickFiles(page.getByRole('button', { name: 'Velg fil …' }), {
    name: 'ny-versjon.json',
    mimeType: 'application/json',
    buffer: ownDeck('min-stokk', 'Min nye stokk', 2),
  });
  await expect(page.getByRole('heading', { name: 'Erstatte «Min egen stokk»?' })).toBeFocused();
  await expectAccessible(page, 'import asks before replacing');
  await page.getByRole('button', { name: 'Nei, behold den jeg har' }).click();
  await expect(outcome(page)).toHaveText('Ingenting ble importert');
  await expect(page.locator('.imported-decks')).toContainText('Min egen stokk');
  await pickFiles(page.getByRole('button', { name: 'Velg fil …' }), {
    name: 'ny-versjon.json',
    mimeType: 'application/json',
    buffer: ownDeck('min-stokk', 'Min nye stokk', 2),
  });
  await page.getByRole('button', { name: 'Ja, erstatt' }).click();
  await expect(outcome(page)).toHaveText('«Min nye stokk» er erstattet');
  await expect(page.locator('.imported-decks')).toContainText('Min nye stokk');
  await expect(page.locator('.imported-decks')).not.toContainText('Min egen stokk');

  // A built-in id is refused.
  await pickFiles(page.getByRole('button', { name: 'Velg fil …' }), {
    name: 'ledelse.json',
    mimeType: 'application/json',
    buffer: ownDeck('ledelse', 'Falsk ledelse'),
  });
  await expect(outcome(page)).toHaveText('«ledelse.json» kunne ikke importeres');
  await expect(page.getByText('tilhører den innebygde kortstokken «Ledelse»')).toBeVisible();

  // Delete, after confirming.
  await page.getByRole('link', { name: 'Min nye stokk' }).click();
  await page.getByRole('button', { name: 'Slett kortstokken' }).click();
  await expect(page.getByText('Vil du slette «Min nye stokk» fra denne enheten?')).toBeFocused();
  await expectAccessible(page, 'delete asks first');
  await page.getByRole('button', { name: 'Ja, slett' }).click();
  await expect(h1(page)).toHaveText('Kortstokkene');
  await expect(page.getByText('«Min nye stokk» er slettet fra denne enheten.')).toBeVisible();
  await expect(page.locator('.decks-item')).toHaveCount(BUILT_IN);
  await page.reload();
  await expect(page.locator('.decks-item')).toHaveCount(BUILT_IN);
});

const BAD = [
  'not-json.json',
  'utf16le-bom.json',
  'duplicate-card-ids.json',
  'missing-nb.json',
  'proto-key.json',
  'constructor-key.json',
  'unknown-format.json',
  'mixed-faults.json',
  'empty.json',
];

test('bad decks show every problem with its path and a message, and change nothing', async ({ page }) => {
  await page.goto('./#/decks?view=import');
  await pickFiles(page.getByRole('button', { name: 'Velg fil …' }), {
    name: 'min-stokk.json',
    mimeType: 'application/json',
    buffer: ownDeck('min-stokk', 'Min egen stokk'),
  });
  await expect(outcome(page)).toHaveText('«Min egen stokk» er importert');
  const input = page.locator('input[type="file"]');
  for (const file of BAD) {
    const issues = expected.cases[file]!.issues!;
    await input.setInputFiles(`${FIXTURES}/${file}`);
    await expect(outcome(page), file).toHaveText(`«${file}» kunne ikke importeres`);
    const items = page.locator('.issue-list li');
    await expect(items, file).toHaveCount(issues.length);
    for (const [i, issue] of issues.entries()) {
      const place = issue.path === '' ? 'Hele fila' : issue.path;
      await expect(items.nth(i).locator('.issue-path'), file).toHaveText(place);
      await expect(items.nth(i).locator('.issue-message'), file).not.toBeEmpty();
    }
    await expect(page.locator('.imported-decks li'), file).toHaveCount(1);
  }
  await expect(page.locator('.issue-list')).toContainText('Hele fila: Fila er tom.');
  await expectAccessible(page, 'import failed');

  await input.setInputFiles(`${FIXTURES}/missing-nb.json`);
  await expect(page.locator('.issue-list')).toHaveText(
    'cards[0].text.nb: Mangler. Dette feltet må være med.',
  );
  await input.setInputFiles(`${FIXTURES}/proto-key.json`);
  await expect(page.locator('.issue-list')).toHaveText(
    '__proto__: Ukjent felt «__proto__». Fjern det, eller rett skrivefeilen.',
  );
  await input.setInputFiles(`${FIXTURES}/utf16le-bom.json`);
  await expect(page.locator('.issue-list')).toContainText('lagret som UTF-16');

  // Pasted text goes through the same checks.
  await page
    .getByRole('textbox', { name: 'JSON-teksten til kortstokken' })
    .fill('{ "type": "kortstokk/deck",');
  await page.getByRole('button', { name: 'Importer teksten' }).click();
  await expect(outcome(page)).toHaveText('«innlimt tekst» kunne ikke importeres');
  await expect(page.locator('.issue-list')).toContainText('Hele fila: Dette er ikke gyldig JSON');

  // And so does a file dropped on the zone.
  const dropped = await page.evaluateHandle(
    (text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'sluppet.json', { type: 'application/json' }));
      return data;
    },
    readFileSync(`${FIXTURES}/unknown-format.json`, 'utf8'),
  );
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
  await expect(outcome(page)).toHaveText('«sluppet.json» kunne ikke importeres');
  await expect(page.locator('.issue-list')).toContainText('format: Ukjent formatversjon.');

  await page.getByRole('link', { name: 'Bla og søk' }).click();
  await expect(page.locator('.decks-item')).toHaveCount(BUILT_IN + 1);
  await expect(page.locator('.decks-item').filter({ hasText: 'Min egen stokk' })).toHaveCount(1);
});

test('script and javascript: text in a deck is shown as inert text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('./#/decks?view=import');
  await page.locator('input[type="file"]').setInputFiles(`${FIXTURES}/script-text.json`);
  await expect(outcome(page)).toHaveText('«Testkortstokk» er importert');
  await page.goto('./#/decks?deck=test&card=test-001');
  const text = page.locator('[data-card="test/test-001"] .qcard-text');
  await expect(text).toHaveText('<script>alert(1)</script>');
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
  await expect(text).toHaveText('javascript:alert(1)');
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(text).toContainText('<img src=x onerror="alert(1)"> & "quotes"');
  await expect(page.locator('main img, main script, main a[href^="javascript"]')).toHaveCount(0);
  await page.goto('./#/decks?deck=test');
  await expect(
    page.getByRole('link', { name: '<img src=x onerror="alert(1)">', exact: false }),
  ).toBeVisible();
  await expectAccessible(page, 'deck with script text');
  expect(dialogs).toEqual([]);
});
