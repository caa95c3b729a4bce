import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, waitForOfflineReady, press } from './support/fixtures.ts';

/** The built-in «Nærvær» deck's current version: the group and its link carry it. */
const NAERVAER_VERSION = (JSON.parse(readFileSync('cards/naervaer.json', 'utf8')) as { version: number })
  .version;

// The group for a run-sheet: a session of 7 with sit-out and with trio, its join link (QR code,
// address, short code), the printable rotation table, the other languages, and offline.

const TEMPLATE = 'Verksted ledelse: nærvær';

const stepHeadings = (page: Page) => page.locator('ol.steps > li').getByRole('heading', { level: 3 });

/** Presses a control with the keyboard: focus it, then Enter. */
/** Starts from the seed-004 template with the keyboard and lands in its editor. */
async function useTemplate(page: Page) {
  await page.goto('./#/workshop');
  const template = page.locator('.workshop-templates > li').filter({ hasText: TEMPLATE });
  await press(template.getByRole('button', { name: /^Bruk malen/ }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Kjøreplan: ${TEMPLATE}`);
}

/** Reads the rotation table: for each seat (row), the partners it meets in each round (null: sits out). */
async function readRotation(page: Page): Promise<(number[] | null)[][]> {
  return page.locator('.rotation-table tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      Array.from(row.querySelectorAll('td'), (cell) => {
        const partners = cell.querySelector('.rotation-partners');
        return partners ? (partners.textContent.match(/\d+/g) ?? []).map(Number) : null;
      }),
    ),
  );
}

/** Checks each round: every seat in exactly one meeting or sitting out, meetings agreed by both sides. */
function checkRounds(table: (number[] | null)[][], seats: number, mode: 'sit-out' | 'trio') {
  expect(table).toHaveLength(seats);
  const rounds = table[0]!.length;
  const meetings = new Map<string, number>();
  for (let r = 0; r < rounds; r += 1) {
    const out = table.filter((row) => row[r] === null).length;
    expect(out, `round ${r + 1}: people sitting out`).toBe(mode === 'sit-out' && seats % 2 === 1 ? 1 : 0);
    const trios = table.filter((row) => (row[r] ?? []).length === 2).length;
    expect(trios, `round ${r + 1}: people in a trio`).toBe(mode === 'trio' && seats % 2 === 1 ? 3 : 0);
    table.forEach((row, i) => {
      const seat = i + 1;
      for (const partner of row[r] ?? []) {
        expect(table[partner - 1]![r], `round ${r + 1}: ${partner} meets ${seat} too`).toContain(seat);
        if (seat < partner) {
          const key = `${seat}-${partner}`;
          meetings.set(key, (meetings.get(key) ?? 0) + 1);
        }
      }
    });
  }
  return meetings;
}

test('sets up a group of 7 with sit-out and with trio: QR code, short code, rotation table, languages', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await useTemplate(page);
  await press(page.getByRole('link', { name: 'Sett opp gruppen' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Sett opp gruppen: ${TEMPLATE}`);
  await expectAccessible(page, 'group form');

  // A bad value is explained and keeps the form; the total follows the group size.
  const seats = page.getByLabel('Antall deltakere', { exact: true });
  await seats.fill('1');
  await press(page.getByRole('button', { name: 'Lagre gruppen og vis QR-koden' }));
  await expect(seats).toBeFocused();
  await expect(page.getByText('Skriv et helt tall fra 2 til 200.')).toBeVisible();
  await expectAccessible(page, 'group form with an error');
  await seats.fill('7');
  await expect(page.locator('.group-timing .workshop-total')).toHaveText('1 t 9 min');
  await page.getByLabel('Stokketall').fill('2024');
  await expect(page.getByRole('radio', { name: 'Én står over hver runde' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: `Nærvær (versjon ${NAERVAER_VERSION})` })).toBeChecked();
  await press(page.getByRole('button', { name: 'Lagre gruppen og vis QR-koden' }));

  // The join link: a large QR code, the address and the short code beside it, and «Kopier lenke».
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Bli med: ${TEMPLATE}`);
  const qr = page.getByRole('img', { name: 'QR-kode med lenken for å bli med' });
  await expect(qr).toBeVisible();
  expect((await qr.boundingBox())!.width).toBeGreaterThan(300);
  const address = (await page.locator('.join-url').textContent())!;
  expect(address).toMatch(
    new RegExp(`^localhost:\\d+/join/#v=1&s=2024&d=naervaer\\.${NAERVAER_VERSION}&n=7&m=s&k=5&t=`),
  );
  const code = (await page.locator('.join-code').textContent())!;
  expect(code).toMatch(/^[A-HJ-NP-TV-Z2-9]{6}$/);
  await press(page.getByRole('button', { name: 'Kopier lenke' }));
  await expect(page.getByText('Lenken er kopiert.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`http://${address}`);
  const present = page.getByRole('link', { name: 'Start presentasjon' });
  expect(await present.getAttribute('href')).toMatch(/^\/present\/\?session=[a-f0-9]{32}$/);
  await expectAccessible(page, 'join link');

  // The rotation table: the step's 4 rounds, then all 7; the round's card beside it.
  await press(page.getByRole('link', { name: 'Rotasjonstabell for speed-date' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Rotasjonstabell: ${TEMPLATE}`);
  await expect(page.locator('.rotation-cards > li').first()).toContainText(
    'Runde 1: Tenk deg en tjeneste der alle er på jobb',
  );
  expect((await readRotation(page))[0]).toHaveLength(4);
  await expectAccessible(page, 'rotation table, 4 rounds');
  await press(page.getByRole('link', { name: 'Vis alle 7 rundene' }));
  await expect(page.getByText('Viser alle 7 rundene.')).toBeVisible();
  const sitOut = checkRounds(await readRotation(page), 7, 'sit-out');
  // 7 rounds × 3 pairs: all 21 pairs, each exactly once.
  expect(sitOut.size).toBe(21);
  expect([...sitOut.values()].every((n) => n === 1)).toBe(true);
  await expectAccessible(page, 'rotation table, all rounds');

  // The same group with a trio: nobody sits out; every pair meets, none more than twice.
  await press(page.getByRole('link', { name: 'Gruppen og lenken' }));
  await press(page.getByRole('link', { name: 'Endre gruppen' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Endre gruppen: ${TEMPLATE}`);
  const trio = page.getByRole('radio', { name: 'Én gruppe blir en trio' });
  await trio.focus();
  await page.keyboard.press('Space');
  await expect(trio).toBeChecked();
  await expect(page.getByLabel('Stokketall')).toHaveValue('2024');
  await press(page.getByRole('button', { name: 'Lagre endringene og vis QR-koden' }));
  await expect(page.locator('.join-url')).toContainText('&n=7&m=t&');
  expect(await page.locator('.join-code').textContent()).not.toBe(code);
  await press(page.getByRole('link', { name: 'Rotasjonstabell for speed-date' }));
  await press(page.getByRole('link', { name: 'Vis alle 7 rundene' }));
  await expect(page.getByText('Viser alle 7 rundene.')).toBeVisible();
  const trioMeetings = checkRounds(await readRotation(page), 7, 'trio');
  expect(trioMeetings.size).toBe(21);
  expect([...trioMeetings.values()].every((n) => n >= 1 && n <= 2)).toBe(true);
  await expectAccessible(page, 'rotation table, trio');

  // Print: the dialog is asked for.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await press(page.getByRole('button', { name: 'Skriv ut' }));
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

  // Languages: nynorsk and English, on the table and back on the plan.
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
  await expect(page.getByRole('heading', { level: 2, name: 'Kven møter kven' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Rotasjonstabell: ${TEMPLATE}`);
  await expectAccessible(page, 'rotation table nn');
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 2, name: 'Who meets whom' })).toBeVisible();
  await expect(page.locator('.rotation-cards > li').first()).toContainText('Round 1: Imagine');
  await press(page.getByRole('link', { name: 'The group and its link' }));
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.locator('.join-code')).not.toHaveText(code);
  await press(page.getByRole('link', { name: 'All run-sheets' }));
  await expect(page.getByRole('heading', { level: 2, name: 'Your run-sheets' })).toBeVisible();
  await expect(page.locator('.workshop-sheets > li').first()).toContainText(
    'Leadership workshop: attendance',
  );
  await expectAccessible(page, 'plan en');
  await press(page.locator('.workshop-sheets > li').first().getByRole('link', { name: /^Edit/ }));
  await expect(page.locator('.workshop-total-line .workshop-total')).toHaveText('1 h 9 min');
  await expect(stepHeadings(page).nth(1)).toHaveText('Step 2: Quiet moment');
  await expectAccessible(page, 'editor en');

  // Offline: the plan, the join code and the rotation table all come from this device.
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.reload();
  await expect(stepHeadings(page).nth(1)).toHaveText('Step 2: Quiet moment');
  await press(page.getByRole('link', { name: 'Set up the group' }));
  await press(page.getByRole('link', { name: /– code [A-Z2-9]{6}, 7 participants$/ }));
  await expect(page.locator('.join-url')).toContainText('&n=7&m=t&');
  await press(page.getByRole('link', { name: 'Speed-date rotation table' }));
  await expect(page.locator('.rotation-table tbody tr')).toHaveCount(7);
});
