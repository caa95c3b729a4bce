import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, press } from './support/fixtures.ts';

// Planning from the seed-004 template, with the keyboard where a person would: edit, reorder by
// keys and by drag, copy and delete steps, choose cards, export, print, import good and bad files.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'run-sheets');
const TEMPLATE = 'Verksted ledelse: nærvær';

type Expected = {
  cases: Record<string, { valid?: boolean; generated?: boolean; issues?: { path: string }[] }>;
};

/** The steps of the plan being edited, in order. */
const steps = (page: Page) => page.locator('ol.steps > li');
const stepHeadings = (page: Page) => steps(page).getByRole('heading', { level: 3 });
const total = (page: Page) => page.locator('.workshop-total-line .workshop-total');

/** Presses a control with the keyboard: focus it, then Enter. */
/** Starts from the seed-004 template with the keyboard and lands in its editor. */
async function useTemplate(page: Page) {
  await page.goto('./#/workshop');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshop');
  const template = page.locator('.workshop-templates > li').filter({ hasText: TEMPLATE });
  await press(template.getByRole('button', { name: /^Bruk malen/ }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Kjøreplan: ${TEMPLATE}`);
}

test('plans from the seed-004 template: edit, reorder by keys and by drag, copy, delete, export, print, import', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto('./#/workshop');
  await expect(page.getByText('Du har ingen egne kjøreplaner ennå.')).toBeVisible();
  await expectAccessible(page, 'plan, empty');
  await useTemplate(page);
  await expect(stepHeadings(page)).toHaveText([
    'Steg 1: Speed-date',
    'Steg 2: Stille stund',
    'Steg 3: Samtale i par',
    'Steg 4: Gruppearbeid',
    'Steg 5: Plenum',
  ]);
  // 4 rounds × 3 + 2 + 10 + 30 + 15 minutes.
  await expect(total(page)).toHaveText('1 t 9 min');
  await expectAccessible(page, 'editor');

  // A speed-date that runs every round lasts as long as the group is big: unknown until it is set.
  const allRounds = steps(page)
    .first()
    .getByRole('checkbox', { name: /^Alle runder/ });
  await allRounds.focus();
  await page.keyboard.press('Space');
  await expect(total(page)).toHaveText('avhenger av antall deltakere');
  await expect(steps(page).first().getByLabel('Antall runder', { exact: true })).toBeDisabled();
  await page.keyboard.press('Space');
  await expect(total(page)).toHaveText('1 t 9 min');

  // Edit the pair talk's length and instructions by typing.
  const pairTalk = steps(page).nth(2);
  const minutes = pairTalk.getByLabel('Varighet i minutter');
  await minutes.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('15');
  await expect(total(page)).toHaveText('1 t 14 min');
  const instructions = pairTalk.getByLabel('Instruksjoner til salen');
  await instructions.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Snakk med den ved siden av deg. Kom tilbake med to viktige momenter.');
  await expect(pairTalk.getByRole('button', { name: 'Bruk standardteksten' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await expect(pairTalk.getByText('Skriv instruksjoner, eller bruk standardteksten.')).toBeVisible();
  await expectAccessible(page, 'editor, empty instructions');
  await page.keyboard.type('Snakk med den ved siden av deg. Kom tilbake med to viktige momenter.');

  // Reorder with the keyboard: the move button, then Alt+arrow; the new place is announced.
  const status = page.locator('.workshop .visually-hidden[role="status"]');
  await press(steps(page).nth(1).getByRole('button', { name: 'Flytt opp' }));
  await expect(stepHeadings(page).first()).toHaveText('Steg 1: Stille stund');
  await expect(status).toContainText('Stille stund er flyttet til plass 1 av 5.');
  // «Flytt opp» is gone at the top: focus stays in the step, on «Flytt ned».
  await expect(steps(page).first().getByRole('button', { name: 'Flytt ned' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(stepHeadings(page).nth(1)).toHaveText('Steg 2: Stille stund');
  await expect(status).toContainText('Stille stund er flyttet til plass 2 av 5.');
  await steps(page)
    .nth(3)
    .getByRole('button', { name: /^Dra for å flytte steg 4/ })
    .focus();
  await page.keyboard.press('ArrowDown');
  await expect(stepHeadings(page)).toHaveText([
    'Steg 1: Speed-date',
    'Steg 2: Stille stund',
    'Steg 3: Samtale i par',
    'Steg 4: Plenum',
    'Steg 5: Gruppearbeid',
  ]);

  // Reorder by dragging the handle with the mouse: the group work goes back above the plenary.
  const handle = steps(page).nth(4).locator('.step-handle');
  await handle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const from = (await handle.boundingBox())!;
  const to = (await steps(page).nth(3).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  // Above the middle of the step before it: that is where it lands.
  await page.mouse.move(from.x + from.width / 2, to.y + to.height / 2 - 20, { steps: 12 });
  await expect(steps(page).nth(3)).toHaveClass(/step-drop-before/);
  await page.mouse.up();
  await expect(stepHeadings(page).nth(3)).toHaveText('Steg 4: Gruppearbeid');
  await expect(stepHeadings(page).nth(4)).toHaveText('Steg 5: Plenum');
  await expect(status).toContainText('Gruppearbeid er flyttet til plass 4 av 5.');

  // Copy a step, then delete the copy (after confirming): the total follows.
  await press(steps(page).nth(1).getByRole('button', { name: 'Lag en kopi av steget' }));
  await expect(stepHeadings(page)).toHaveCount(6);
  await expect(stepHeadings(page).nth(2)).toHaveText('Steg 3: Stille stund');
  await expect(stepHeadings(page).nth(2)).toBeFocused();
  await expect(total(page)).toHaveText('1 t 16 min');
  await press(steps(page).nth(2).getByRole('button', { name: 'Slett steget' }));
  await expect(steps(page).nth(2).getByText('Vil du slette steg 3 (Stille stund)?')).toBeFocused();
  await expectAccessible(page, 'editor, confirm delete step');
  await press(steps(page).nth(2).getByRole('button', { name: 'Ja, slett steget' }));
  await expect(stepHeadings(page)).toHaveCount(5);
  await expect(total(page)).toHaveText('1 t 14 min');
  await expect(page.getByRole('heading', { level: 2, name: 'Steg', exact: true })).toBeFocused();

  // Cards: the plenary draws from a deck and some of its categories; the pair talk gets a second
  // hand-picked card.
  const plenary = steps(page).nth(4);
  await press(plenary.locator('summary'));
  await expect(plenary.locator('summary')).toHaveText('Kort: 0 kort');
  const fromDecks = plenary.getByRole('radio', { name: 'Kort fra kortstokker og kategorier' });
  await fromDecks.focus();
  await page.keyboard.press('Space');
  const naervaer = plenary.getByRole('checkbox', { name: 'Nærvær (27 kort)' });
  await naervaer.focus();
  await page.keyboard.press('Space');
  await expect(plenary.locator('summary')).toHaveText('Kort: 27 kort');
  const fellesskap = plenary.getByRole('checkbox', { name: 'Humor, tillit og fellesskap' });
  await fellesskap.focus();
  await page.keyboard.press('Space');
  await expect(plenary.locator('summary')).toHaveText('Kort: 24 kort');
  await expectAccessible(page, 'editor, cards by deck and category');
  const pairCards = steps(page).nth(2);
  await press(pairCards.locator('summary'));
  await expect(pairCards.getByRole('radio', { name: 'Kort jeg velger selv' })).toBeChecked();
  await pairCards.getByLabel('Kortstokk', { exact: true }).selectOption({ label: 'Nærvær' });
  await pairCards.getByLabel('Kort', { exact: true }).selectOption({ index: 0 });
  await press(pairCards.getByRole('button', { name: 'Legg til kortet' }));
  await expect(pairCards.locator('summary')).toHaveText('Kort: 2 kort');
  await expectAccessible(page, 'editor, hand-picked cards');

  // Export: the downloaded file parses back to the edited plan.
  const download = page.waitForEvent('download');
  await press(page.getByRole('button', { name: 'Last ned som JSON' }));
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    type: string;
    steps: {
      format: string;
      durationMs: number;
      instructions: { nb: string };
      cards: { deckIds: string[]; categoryIds: string[]; cardRefs: string[] };
    }[];
  };
  expect(exported.type).toBe('kortstokk/run-sheet');
  expect(exported.steps.map((s) => s.format)).toEqual([
    'speed-date',
    'silent',
    'pair-talk',
    'group-work',
    'plenary',
  ]);
  expect(exported.steps[2]!.durationMs).toBe(15 * 60_000);
  expect(exported.steps[2]!.instructions.nb).toBe(
    'Snakk med den ved siden av deg. Kom tilbake med to viktige momenter.',
  );
  expect(exported.steps[2]!.cards.cardRefs).toEqual(['naervaer/naervaer-007', 'naervaer/naervaer-001']);
  expect(exported.steps[4]!.cards.deckIds).toEqual(['naervaer']);
  expect(exported.steps[4]!.cards.categoryIds).toHaveLength(8);
  expect(exported.steps[4]!.cards.categoryIds).not.toContain('naervaer/fellesskap');

  // Print view: the whole plan on paper, and the print dialog is asked for.
  await press(page.getByRole('link', { name: 'Skriv ut' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEMPLATE);
  await expect(page.getByRole('row')).toHaveCount(6);
  await expect(page.getByRole('row').nth(3)).toContainText('Snakk med den ved siden av deg.');
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await press(page.getByRole('button', { name: 'Skriv ut' }));
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await expectAccessible(page, 'print view');

  // The changes were saved: a reload shows them.
  await page.goBack();
  await page.reload();
  await expect(stepHeadings(page).nth(3)).toHaveText('Steg 4: Gruppearbeid');
  await expect(total(page)).toHaveText('1 t 14 min');

  // Import the exported file again: a new, second plan with the same steps.
  await press(page.getByRole('link', { name: 'Alle kjøreplaner' }));
  const sheets = page.locator('.workshop-sheets > li');
  await expect(sheets).toHaveCount(1);
  await expectAccessible(page, 'plan, one sheet');
  await importFile(page, file);
  await expect(page.getByRole('heading', { name: `«${TEMPLATE}» er importert` })).toBeFocused();
  await expect(sheets).toHaveCount(2);
  await press(page.getByRole('link', { name: 'Åpne kjøreplanen' }));
  await expect(stepHeadings(page)).toHaveText([
    'Steg 1: Speed-date',
    'Steg 2: Stille stund',
    'Steg 3: Samtale i par',
    'Steg 4: Gruppearbeid',
    'Steg 5: Plenum',
  ]);
  await expect(total(page)).toHaveText('1 t 14 min');

  // Bad files: every problem is listed in words, and nothing changes.
  await press(page.getByRole('link', { name: 'Alle kjøreplaner' }));
  const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Expected;
  for (const [name, spec] of Object.entries(expected.cases)) {
    if (spec.valid || spec.generated) continue;
    await importFile(page, join(FIXTURES, name));
    await expect(page.getByRole('heading', { name: `«${name}» kunne ikke importeres` })).toBeFocused();
    const issues = page.locator('.issue-list > li');
    await expect(issues).toHaveCount(spec.issues!.length);
    for (const [i, issue] of spec.issues!.entries())
      await expect(issues.nth(i)).toContainText(issue.path === '' ? 'Hele fila' : issue.path);
    await expect(sheets).toHaveCount(2);
  }
  await importFile(page, join(FIXTURES, 'missing-field.json'));
  await expect(page.locator('.issue-list')).toContainText('title: Mangler. Dette feltet må være med.');
  await importFile(page, join(FIXTURES, 'bad-values.json'));
  await expect(page.getByText('Vi fant 5 feil. Ingenting er endret.')).toBeVisible();
  await expect(page.locator('.issue-list')).toContainText(
    'steps[0].durationMs: Skal være et helt tall fra 1 000 til 14 400 000.',
  );
  await expectAccessible(page, 'plan, bad import');

  // Delete one of the two plans, after confirming.
  await press(sheets.first().getByRole('button', { name: /^Slett/ }));
  await expectAccessible(page, 'plan, confirm delete');
  await press(sheets.first().getByRole('button', { name: 'Ja, slett kjøreplanen' }));
  await expect(sheets).toHaveCount(1);
});

/** Chooses a file in the import section's file picker. */
async function importFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await press(page.getByRole('button', { name: 'Velg fil …' }));
  await (await chooser).setFiles(path);
}
