import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { test, expect, expectAccessible, waitForOfflineReady } from './support/fixtures.ts';

/** Cards in the built-in «Ledelse» deck, as the solo screen counts them. */
const LEDELSE_CARDS = (JSON.parse(readFileSync('cards/ledelse.json', 'utf8')) as { cards: unknown[] }).cards
  .length;

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Alene' }).getByRole('link', { name, exact: true });

/** Clicks a button that starts a download and returns the file's bytes. */
async function download(page: Page, name: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { file, bytes: await readFile((await file.path())!) };
}

/** Rates the six functions (scores in seed 002 order) and saves. */
async function assess(page: Page, scores: number[], note = '') {
  const groups = page.getByRole('group').filter({ has: page.getByRole('radio') });
  await expect(groups).toHaveCount(6);
  for (const [i, score] of scores.entries()) {
    await groups
      .nth(i)
      .getByRole('radio', { name: `${score} av 5` })
      .check();
  }
  if (note) await groups.first().getByRole('textbox').fill(note);
  await page.getByRole('button', { name: 'Lagre egenvurderingen' }).click();
  await expect(page.getByText('Egenvurderingen er lagret.')).toBeVisible();
}

test.use({ viewport: { width: 1024, height: 768 } });

test('a whole solo session on a tablet: choose, draw, silence, write, reload, offline, look back, assess, export, import', async ({
  page,
  context,
}) => {
  await page.clock.install();
  await page.goto('./#/solo');
  await expect(h1(page)).toHaveText('Alene');
  await waitForOfflineReady(page);

  // Choose: only the leadership deck; the choice is remembered.
  await page.getByRole('button', { name: 'Ingen', exact: true }).click();
  await expect(page.getByText('0 kort valgt')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Trekk et kort' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: /^Ledelse/ }).check();
  await expect(page.getByText(`${LEDELSE_CARDS} kort valgt`)).toBeVisible();
  await expectAccessible(page, 'solo start');
  await page.reload();
  await expect(page.getByText(`${LEDELSE_CARDS} kort valgt`)).toBeVisible();

  // Draw.
  await page.getByRole('button', { name: 'Trekk et kort' }).click();
  await expect(h1(page)).toHaveText('Refleksjon');
  const card = page.locator('.qcard');
  await expect(card).toHaveAttribute('data-card', /^ledelse\//);
  const firstCard = await card.getAttribute('data-card');
  await expect(page.getByText(`Kort 1 av ${LEDELSE_CARDS}`)).toBeVisible();
  await expectAccessible(page, 'session with a card');

  // The silent round: calm, no digits unless asked, ends softly after two minutes.
  await page.getByRole('button', { name: '2 minutter stille stund' }).click();
  const silence = page.getByRole('dialog', { name: 'Stille stund' });
  await expect(silence).toBeVisible();
  await expect(silence.getByRole('timer')).toHaveClass('visually-hidden');
  await expect(silence.getByText('Tidtakeren er startet')).toBeAttached();
  await expectAccessible(page, 'silent round running');
  await silence.getByRole('button', { name: 'Pause' }).click();
  await silence.getByRole('button', { name: 'Fortsett' }).click();
  await page.clock.fastForward('02:00');
  await expect(silence.getByText('Tiden er ute').first()).toBeVisible();
  await expectAccessible(page, 'silent round finished');
  await silence.getByRole('button', { name: 'Skriv svaret' }).click();
  await expect(silence).toBeHidden();
  const answer = page.getByRole('textbox', { name: 'Ditt svar' });
  await expect(answer).toBeFocused();

  // Write, and reload in the middle of typing: not a word is lost.
  await page.keyboard.type('Jeg tenker på tillit');
  await page.waitForTimeout(300);
  await page.reload();
  await expect(h1(page)).toHaveText('Refleksjon');
  await expect(card).toHaveAttribute('data-card', firstCard!);
  await expect(answer).toHaveValue('Jeg tenker på tillit');
  await answer.press('End');
  await answer.pressSequentially(' og åpenhet.');
  await expect(page.getByText('Lagret på enheten')).toBeVisible();

  // Offline from here on: the session, the journal and every export keep working.
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Neste kort' }).click();
  await expect(page.getByText(`Kort 2 av ${LEDELSE_CARDS}`)).toBeVisible();
  await expect(card).not.toHaveAttribute('data-card', firstCard!);
  await expect(answer).toHaveValue('');
  await answer.fill('Et annet kort, et annet svar.');
  await page.getByRole('button', { name: 'Avslutt økta' }).click();

  // The journal: by date and by card, search, edit, delete with undo.
  await expect(h1(page)).toHaveText('Refleksjonsloggen');
  await expect(page.getByText('2 svar', { exact: true })).toBeVisible();
  await expect(page.getByText('Jeg tenker på tillit og åpenhet.')).toBeVisible();
  await expectAccessible(page, 'journal by date');
  await page.getByRole('radio', { name: 'Etter kort' }).check();
  await expectAccessible(page, 'journal by card');
  // A word of the first answer that no ledelse card holds: the search also reads the cards'
  // questions, and the second card is drawn at random («tillit» is in four of them).
  await page.getByRole('searchbox', { name: 'Søk i loggen' }).fill('ÅPENHET');
  await expect(page.getByText('1 svar', { exact: true })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Søk i loggen' }).fill('');
  const other = page.getByRole('article').filter({ hasText: 'Et annet kort' });
  await other.getByRole('button', { name: /^Slett svaret fra/ }).click();
  await expect(page.getByText('Svaret er slettet.')).toBeVisible();
  await expect(page.getByText('1 svar', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Angre' })).toBeFocused();
  await page.getByRole('button', { name: 'Angre' }).click();
  await expect(page.getByText('2 svar', { exact: true })).toBeVisible();
  await other.getByRole('button', { name: /^Rediger svaret fra/ }).click();
  const edit = other.getByRole('textbox');
  await edit.press('End');
  await edit.pressSequentially(' Redigert.');
  await other.getByRole('button', { name: 'Ferdig' }).click();
  await expect(other).toContainText('Et annet kort, et annet svar. Redigert.');
  await expectAccessible(page, 'journal after edit');

  // Five weeks later: the cards come back to be answered again, beside the earlier answers.
  await page.clock.fastForward(5 * WEEK_MS);
  await nav(page, 'Se tilbake').click();
  await expect(h1(page)).toHaveText('Se tilbake');
  await expect(page.getByText('Kort 1 av 2')).toBeVisible();
  const earlier = page.locator('.look-back-before');
  await expect(earlier).toContainText(/tillit og åpenhet|Et annet kort/);
  await page.getByRole('textbox', { name: 'Ditt svar' }).fill('Fem uker senere ser jeg det annerledes.');
  await expectAccessible(page, 'look back');
  await page.getByRole('button', { name: 'Neste kort' }).click();
  await expect(page.getByText('Kort 2 av 2')).toBeVisible();
  await nav(page, 'Loggen').click();
  await expect(page.getByText('3 svar', { exact: true })).toBeVisible();
  await expect(page.getByText('Svart på nytt')).toBeVisible();

  // Self-assessment twice, compared.
  await nav(page, 'Egenvurdering').click();
  await expect(h1(page)).toHaveText('Egenvurdering');
  await expect(page.getByText('Du har ingen egenvurderinger ennå.')).toBeVisible();
  await expectAccessible(page, 'assessment empty');
  await page.getByRole('button', { name: 'Lagre egenvurderingen' }).click();
  await expect(page.getByRole('alert')).toContainText('Mangler: Overordnet strategisk planlegging');
  // Half filled in when the tablet reloads: what was given is still there.
  const functions = page.getByRole('group').filter({ has: page.getByRole('radio') });
  await functions.nth(0).getByRole('radio', { name: '3 av 5' }).check();
  await functions.nth(1).getByRole('textbox').fill('Halvveis tenkt');
  await page.reload();
  await expect(functions.nth(0).getByRole('radio', { name: '3 av 5' })).toBeChecked();
  await expect(functions.nth(1).getByRole('textbox')).toHaveValue('Halvveis tenkt');
  await functions.nth(1).getByRole('textbox').fill('');
  await assess(page, [3, 4, 2, 3, 5, 1], 'Må planlegge mer langsiktig.');
  // Saved: the next one starts empty, after a reload too.
  await page.reload();
  await expect(functions.nth(0).getByRole('radio', { name: '3 av 5' })).not.toBeChecked();
  await expect(page.getByRole('img', { name: /^Egenvurdering / })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(7);
  await page.clock.fastForward(24 * 60 * 60 * 1000);
  await assess(page, [4, 4, 3, 3, 5, 2]);
  await expect(page.getByRole('img', { name: /sammenlignet med/ })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Før' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Økonomistyring/ })).toContainText('0');
  await expect(table.getByRole('row', { name: /Samhandling|samarbeidsløsninger/ })).toContainText('+1');
  await expectAccessible(page, 'assessment compared');

  // Export: a word about personal data first, then every format.
  await nav(page, 'Eksport').click();
  await expect(h1(page)).toHaveText('Eksport og sikkerhetskopi');
  await expect(page.getByRole('heading', { name: 'Før du eksporterer' })).toBeVisible();
  await expect(page.getByText(/personopplysninger/)).toBeVisible();
  await expectAccessible(page, 'export');

  const md = await download(page, 'Markdown (.md)');
  expect(md.file.suggestedFilename()).toMatch(/^refleksjonslogg-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = md.bytes.toString('utf8');
  expect(markdown).toMatch(/^# Refleksjonslogg\n/);
  expect(markdown).toContain('> Jeg tenker på tillit og åpenhet.');
  expect(markdown).toContain('> Fem uker senere ser jeg det annerledes.');
  expect(markdown).toContain('## Egenvurderinger');

  const json = await download(page, 'Sikkerhetskopi (.json)');
  const backup = JSON.parse(json.bytes.toString('utf8')) as {
    type: string;
    entries: { text: string; round?: string; id: string }[];
    assessments: unknown[];
  };
  expect(backup.type).toBe('kortstokk/journal');
  expect(backup.entries).toHaveLength(3);
  expect(backup.assessments).toHaveLength(2);
  const again = backup.entries.find((e) => e.text.startsWith('Fem uker'));
  expect(backup.entries.map((e) => e.id)).toContain(again?.round);

  const docx = await download(page, 'Word (.docx)');
  expect(docx.file.suggestedFilename()).toMatch(/\.docx$/);
  expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByText(/^Lastet ned refleksjonslogg-.*\.docx\.$/)).toBeVisible();

  // The print view: a clean A4 document.
  await page.getByRole('link', { name: 'Utskrift (A4)' }).click();
  await expect(h1(page)).toHaveText('Utskrift av loggen');
  await expect(page.getByText('Jeg tenker på tillit og åpenhet.')).toBeVisible();
  await expectAccessible(page, 'print view');
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Skriv ut' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.getByText('Fem uker senere ser jeg det annerledes.')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Import the backup back: nothing is duplicated. A bad file changes nothing.
  await page.getByRole('link', { name: 'Tilbake til eksport' }).click();
  const chooser = page.getByLabel('Velg sikkerhetskopi (JSON)');
  await chooser.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: json.bytes });
  await expect(
    page.getByText(/0 nye svar, 0 oppdaterte, 0 nye egenvurderinger, 5 fantes fra før/),
  ).toBeVisible();
  await chooser.setInputFiles('tests/fixtures/journals/wrong-type.json');
  await expect(page.getByRole('alert')).toContainText(
    'wrong-type.json kunne ikke leses inn. Ingenting er endret.',
  );
  await expect(page.getByRole('alert')).toContainText(
    'Dette er ikke en sikkerhetskopi av en refleksjonslogg.',
  );
  await expectAccessible(page, 'export after a bad import');
  await nav(page, 'Loggen').click();
  await expect(page.getByText('3 svar', { exact: true })).toBeVisible();

  // «Slett alt» after a confirmation; the backup brings everything back.
  await page.getByRole('button', { name: 'Slett alt …' }).click();
  await expect(page.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await expectAccessible(page, 'wipe confirmation');
  await page.getByRole('button', { name: 'Ja, slett alt' }).click();
  await expect(page.getByText('Loggen er slettet.')).toBeVisible();
  await expect(page.getByText('Loggen er tom.', { exact: false })).toBeVisible();
  await nav(page, 'Eksport').click();
  await page.getByLabel('Velg sikkerhetskopi (JSON)').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: json.bytes,
  });
  await expect(
    page.getByText(/3 nye svar, 0 oppdaterte, 2 nye egenvurderinger, 0 fantes fra før/),
  ).toBeVisible();
  await nav(page, 'Loggen').click();
  await expect(page.getByText('3 svar', { exact: true })).toBeVisible();
});

test('the silent round survives a reload and holds its time', async ({ page }) => {
  await page.clock.install();
  await page.goto('./#/solo');
  await page.getByRole('button', { name: 'Trekk et kort' }).click();
  await page.getByRole('combobox', { name: 'Lengde' }).selectOption('3');
  await page.getByRole('button', { name: '3 minutter stille stund' }).click();
  const silence = page.getByRole('dialog', { name: 'Stille stund' });
  await silence.getByRole('button', { name: 'Vis tid' }).click();
  await expect(silence.getByRole('timer')).toContainText('03:00');
  await page.clock.fastForward('01:00');
  await page.reload();
  await expect(silence).toBeVisible();
  await silence.getByRole('button', { name: 'Vis tid' }).click();
  await expect(silence.getByRole('timer')).toContainText(/01:5\d|02:00/);
  await silence.getByRole('button', { name: '+1 min' }).click();
  await expect(silence.getByRole('timer')).toContainText(/02:5\d|03:00/);
  await page.keyboard.press('Escape');
  await expect(silence).toBeHidden();
  await expect(page.getByRole('button', { name: '3 minutter stille stund' })).toBeVisible();
});

for (const device of [
  { name: 'tablet portrait', viewport: { width: 768, height: 1024 } },
  { name: 'phone portrait', viewport: { width: 390, height: 844 } },
  { name: 'phone landscape', viewport: { width: 844, height: 390 } },
]) {
  test(`the card reads well on a ${device.name}`, async ({ newDevice }) => {
    const page = await newDevice({ viewport: device.viewport, locale: 'nb-NO', hasTouch: true });
    await page.goto('./#/solo');
    await page.getByRole('button', { name: 'Trekk et kort' }).click();
    const text = page.locator('.qcard-text');
    await expect(text).toBeVisible();
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits, 'no sideways scrolling').toBe(true);
    const size = await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    await expectAccessible(page, `session on a ${device.name}`);
  });
}
