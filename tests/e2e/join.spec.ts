import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { handForSeat } from '../../src/domain/deal/deal-hands.ts';
import { encodeJoin } from '../../src/domain/join/encode-join.ts';
import type { JoinSession } from '../../src/domain/join/join-session.ts';
import { shortCode } from '../../src/domain/join/short-code.ts';
import { createHandIn, handInToJson } from '../../src/domain/notes/handin.ts';
import { rotationTable, seatSchedule } from '../../src/domain/pairing/rotation-table.ts';
import { runSheetToJson } from '../../src/domain/workshop/serialize-run-sheet.ts';
import { VERKSTED_LEDELSE } from '../../src/domain/workshop/template-verksted-ledelse.ts';
import { joinSessionOf, type WorkshopSession } from '../../src/domain/workshop/workshop-session.ts';
import { test, expect, expectAccessible } from './support/fixtures.ts';
import { pickFiles } from './support/files.ts';

// The facilitator's planned session (as the planner stores it) and its join link, opened at
// run-sheet step 2. Every link of the session, whatever its step, hands in to the same code.
/** Hand-in files as the picker takes them. */
const asJson = (files: { name: string; buffer: Buffer }[]) =>
  files.map((f) => ({ ...f, mimeType: 'application/json' }));

/** The built-in deck's current version, as the planner stores it. */
const NAERVAER_VERSION = (JSON.parse(readFileSync('cards/naervaer.json', 'utf8')) as { version: number })
  .version;

const WORKSHOP: WorkshopSession = {
  id: 'okt-e2e',
  sheetId: VERKSTED_LEDELSE.id,
  title: 'Nærværsverksted',
  seed: 424242,
  seats: 6,
  groups: 2,
  mode: 'sit-out',
  cardsPerSeat: 4,
  decks: [{ id: 'naervaer', version: NAERVAER_VERSION }],
  createdAt: Date.UTC(2026, 10, 20, 9),
};
const SESSION: JoinSession = joinSessionOf(WORKSHOP, 1);
const CODE = shortCode(joinSessionOf(WORKSHOP));
const LINK = `./#/join?${encodeJoin(SESSION)}`;

/** Stores the run-sheet and session in the planner's IndexedDB, as «Sett opp gruppen» does. */
async function seedWorkshop(page: Page) {
  const sheet = JSON.parse(runSheetToJson(VERKSTED_LEDELSE)) as { id: string };
  await page.evaluate(
    ({ ws, sheet }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('kortstokk-workshop', 1);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('sheets', { keyPath: 'id' });
          request.result.createObjectStore('sessions', { keyPath: 'id' }).createIndex('bySheet', 'sheetId');
        };
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['sheets', 'sessions'], 'readwrite');
          tx.objectStore('sheets').put({ id: sheet.id, sheet, updatedAt: 1 });
          tx.objectStore('sessions').put(ws);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    { ws: WORKSHOP, sheet },
  );
}

type DeckFile = { id: string; cards: { id: string; text: { nb: string } }[] };
const naervaer = JSON.parse(readFileSync('cards/naervaer.json', 'utf8')) as DeckFile;
const POOL = naervaer.cards.map((c) => `naervaer/${c.id}`);
const cardText = (ref: string) => naervaer.cards.find((c) => `naervaer/${c.id}` === ref)!.text.nb;
// Seat 3's hand and speed-date rounds, as the facilitator's rotation table has them.
const HAND = handForSeat(POOL, { seed: SESSION.seed, seats: SESSION.seats, cardsPerSeat: 4 }, 3);
const ROUNDS = seatSchedule(
  rotationTable({ people: 6, mode: 'sit-out', seed: SESSION.seed, cardRefs: POOL }),
  3,
);

const NOTE_1 = 'Vi trenger tid til å se hverandre.';
const NOTE_2 = '=SUM(A1:A2) er bare tekst';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const json = async (download: Download) => JSON.parse(await text(download)) as Record<string, unknown>;
const text = async (download: Download) => readFileSync((await download.path())!, 'utf8');

/** A second participant's hand-in, made the way a phone makes one. */
function otherParticipant(): Buffer {
  const handIn = createHandIn({
    session: { code: CODE, seed: SESSION.seed, decks: SESSION.decks },
    participant: { seat: 5 },
    createdAt: 1_795_338_000_000,
    notes: [
      {
        id: 'seat-5-note-1',
        sessionId: CODE,
        cardRef: HAND[0]!,
        text: 'Ledelse er å være til stede.',
        createdAt: 1_795_337_000_000,
        updatedAt: 1_795_337_000_000,
      },
    ],
  });
  return Buffer.from(handInToJson(handIn));
}

/** Drops files on the import zone the way a file manager does (a DataTransfer with Files). */
async function dropFiles(page: Page, files: { name: string; buffer: Buffer }[]) {
  const payload = files.map((f) => ({ name: f.name, text: f.buffer.toString('utf8') }));
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return data;
  }, payload);
  const zone = page.getByTestId('notes-drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

async function download(page: Page, button: string): Promise<Download> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return waiting;
}

test('a participant joins on a phone, writes and hands in notes; the facilitator imports, shows and exports them', async ({
  page,
  newDevice,
}) => {
  test.setTimeout(150_000);
  const phone = await newDevice({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'nb-NO',
    permissions: ['clipboard-read', 'clipboard-write'],
  });

  // --- Join: the how-to screen, then the link pasted.
  await phone.goto('./#/join');
  await expect(h1(phone)).toHaveText('Bli med');
  await expectAccessible(phone, 'phone: how to join');
  // On a first visit «klar til bruk uten nett» slides in at the bottom once the app is cached;
  // on this small screen it covers «Åpne». Close it, as the participant would, before tapping.
  await expect(phone.getByText('Kortstokk er klar til bruk uten nett.')).toBeVisible();
  await phone.getByRole('button', { name: 'Lukk' }).click();
  await phone.getByLabel('Lenke til workshopen').fill(`https://kortstokk.example/${LINK.slice(2)}`);
  await phone.getByRole('button', { name: 'Åpne' }).click();
  await expect(h1(phone)).toHaveText('Nærværsverksted');
  await expect(phone.getByText(CODE)).toBeVisible();

  // --- Seat and name.
  await expect(phone.getByRole('heading', { name: 'Hvilken plass har du?' })).toBeVisible();
  await expectAccessible(phone, 'phone: seat');
  await phone.getByLabel('Plassnummer (1–6)').fill('9');
  await phone.getByRole('button', { name: 'Vis kortene mine' }).click();
  await expect(phone.getByRole('alert')).toHaveText('Skriv et helt tall fra 1 til 6.');
  await phone.getByLabel('Plassnummer (1–6)').fill('3');
  await phone.getByLabel('Navn (valgfritt)').fill('Kari');
  await phone.getByRole('button', { name: 'Vis kortene mine' }).click();

  // --- The hand: seat 3's cards, the same as the facilitator's deal; the step is shown.
  await expect(phone.getByText('Plass 3')).toBeVisible();
  await expect(phone.getByRole('heading', { name: 'Trinn 2' })).toBeVisible();
  await expect(phone.locator('.hand-position')).toHaveText('1 av 4');
  await expect(phone.locator(`[data-card="${HAND[0]}"] .qcard-text`)).toHaveText(cardText(HAND[0]!));
  await expectAccessible(phone, 'phone: hand');
  const fits = await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits, 'nothing wider than the phone').toBe(true);

  // --- Notes, saved as typed.
  await phone.getByLabel('Notat til dette kortet').fill(NOTE_1);
  await expect(phone.getByText('Lagret på enheten')).toBeVisible();
  await phone.getByRole('button', { name: 'Neste' }).click();
  await expect(phone.locator('.hand-position')).toHaveText('2 av 4');
  await expect(phone.locator(`[data-card="${HAND[1]}"]`)).toBeVisible();
  await expect(phone.getByLabel('Notat til dette kortet')).toHaveValue('');
  await phone.getByLabel('Notat til dette kortet').fill(NOTE_2);

  // A swipe to the left brings the next card, one to the right the previous one.
  const card = phone.locator('.hand-card');
  const box = (await card.boundingBox())!;
  const y = box.y + box.height / 2;
  await phone.mouse.move(box.x + box.width * 0.8, y);
  await phone.mouse.down();
  await phone.mouse.move(box.x + box.width * 0.5, y, { steps: 5 });
  await phone.mouse.move(box.x + box.width * 0.1, y, { steps: 5 });
  await phone.mouse.up();
  await expect(phone.locator('.hand-position')).toHaveText('3 av 4');
  await expect(phone.locator(`[data-card="${HAND[2]}"]`)).toBeVisible();
  await phone.getByRole('button', { name: 'Forrige' }).click();
  await expect(phone.getByLabel('Notat til dette kortet')).toHaveValue(NOTE_2);

  // A reload keeps the seat and the notes.
  await phone.waitForTimeout(400); // past the 300 ms save debounce
  await phone.reload();
  await expect(phone.locator('.hand-position')).toHaveText('1 av 4');
  await expect(phone.getByLabel('Notat til dette kortet')).toHaveValue(NOTE_1);

  // --- Speed-date: this seat's partner and card in each round.
  await phone.getByText('Hvem møter du i hver runde?').click();
  await expect(phone.getByText('Runde 1 av 5')).toBeVisible();
  await expect(phone.locator('.speed-date-partner')).toContainText(
    `Du møter plass ${ROUNDS[0]!.partners[0]}.`,
  );
  await expect(phone.getByText('Kortet for runden vises på storskjermen.')).toBeVisible();
  await phone.getByRole('button', { name: 'Neste runde' }).click();
  await expect(phone.getByText('Runde 2 av 5')).toBeVisible();
  await expect(phone.locator('.speed-date-partner')).toContainText(
    `Du møter plass ${ROUNDS[1]!.partners[0]}.`,
  );
  await expectAccessible(phone, 'phone: speed-date');

  // --- Hand in: a warning first, then one JSON file (downloaded: no Web Share for files here).
  await expect(phone.getByText('Du har skrevet 2 notater.')).toBeVisible();
  await phone.getByRole('button', { name: 'Lever notater …' }).click();
  await expect(phone.getByText(/kan inneholde helseopplysninger/)).toBeVisible();
  await expectAccessible(phone, 'phone: hand-in warning');
  const handed = await download(phone, 'Lever nå');
  expect(handed.suggestedFilename()).toMatch(/^kortstokk-notater-plass-3-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(phone.getByRole('status').filter({ hasText: 'er lastet ned' })).toBeVisible();
  const handIn = await json(handed);
  expect(handIn.type).toBe('kortstokk/hand-in');
  expect(handIn.session).toEqual({ code: CODE, seed: SESSION.seed, decks: SESSION.decks });
  expect(handIn.participant).toEqual({ seat: 3, name: 'Kari' });
  const handedNotes = handIn.notes as { text: string; author?: string; cardRef: string; stepIndex: number }[];
  expect(handedNotes.map((n) => n.text).sort()).toEqual([NOTE_2, NOTE_1].sort());
  expect(handedNotes.every((n) => n.author === 'Kari' && n.stepIndex === 1)).toBe(true);
  expect(handedNotes.map((n) => n.cardRef).sort()).toEqual([HAND[0], HAND[1]].sort());

  // Anonymous: the name is gone from the participant and every note.
  await phone.getByRole('checkbox', { name: /Lever anonymt/ }).check();
  const anonymous = await json(await download(phone, 'Lever nå'));
  expect(anonymous.participant).toEqual({ seat: 3 });
  expect(JSON.stringify(anonymous)).not.toContain('Kari');

  // «Kopier som tekst»: the same hand-in on the clipboard.
  await phone.getByRole('button', { name: 'Kopier som tekst' }).click();
  await expect(phone.getByText('Teksten er kopiert.', { exact: false })).toBeVisible();
  const copied = JSON.parse(await phone.evaluate(() => navigator.clipboard.readText())) as {
    session: unknown;
  };
  expect(copied.session).toEqual(handIn.session);
  await expectAccessible(phone, 'phone: handed in');

  // --- The facilitator planned the session; the notes page lists it and imports from files.
  const handInFile = { name: handed.suggestedFilename(), buffer: readFileSync((await handed.path())!) };
  await page.goto('./#/');
  await seedWorkshop(page);
  await page.goto('./#/notes');
  await expect(h1(page)).toHaveText('Notatvegg');
  await expect(page.locator('.wall-sessions')).toContainText(`20.11.2026 · Kode ${CODE} · 0 notater`);
  await expectAccessible(page, 'notes: index');
  await pickFiles(page.getByRole('button', { name: 'Velg filer' }), asJson([handInFile]));
  await expect(page.locator('.import-summary')).toHaveText('1 fil lest: 2 nye notater, 0 avviste.');
  await expect(page.locator('.import-files')).toContainText(
    'Plass 3 (Kari): 2 nye notater, 0 oppdaterte, 0 fantes fra før',
  );
  await pickFiles(page.getByRole('button', { name: 'Velg filer' }), asJson([handInFile]));
  await expect(page.locator('.import-files')).toContainText('0 nye notater, 0 oppdaterte, 2 fantes fra før');
  await expect(page.locator('.wall-sessions')).toContainText(`Kode ${CODE} · 2 notater`);
  await page.getByRole('link', { name: `Åpne notatveggen for økt ${CODE}` }).click();

  // --- The wall of that session: many files dropped at once, an other-session and a broken file.
  await expect(page).toHaveURL(/\/notes\/\?session=okt-e2e$/);
  await expect(h1(page)).toHaveText('Nærværsverksted');
  await dropFiles(page, [handInFile, { name: 'plass-5.json', buffer: otherParticipant() }]);
  await expect(page.locator('.import-summary')).toHaveText('2 filer lest: 1 nytt notat, 0 avviste.');
  await pickFiles(
    page.getByRole('button', { name: 'Velg filer' }),
    asJson([
      { name: 'annen-okt.json', buffer: readFileSync('tests/fixtures/hand-ins/other-session.json') },
      { name: 'endret.json', buffer: readFileSync('tests/fixtures/hand-ins/missing-field.json') },
    ]),
  );
  await expect(page.locator('.import-summary')).toHaveText('2 filer lest: 0 nye notater, 2 avviste.');
  await expect(page.locator('.import-files')).toContainText('hører til en annen økt (kode PQ2W9Z)');
  await expect(page.locator('.import-files')).toContainText('notes[0].updatedAt: Mangler.');
  await expectAccessible(page, 'wall: import refused');

  // Grouped by card: the first card holds Kari's and seat 5's notes; PageDown moves on.
  await expect(page.locator('.wall-position')).toHaveText('Gruppe 1 av 2');
  const group = page.locator('.wall-group');
  await expect(group.locator(`[data-card="${HAND[0]}"]`)).toBeVisible();
  await expect(group).toContainText(NOTE_1);
  await expect(group).toContainText('Ledelse er å være til stede.');
  await expect(group).not.toContainText('Kari');
  await page.getByRole('switch', { name: 'Vis hvem som skrev' }).check();
  await expect(group).toContainText('— Kari, Plass 3');
  await group.getByRole('button', { name: 'Fremhev' }).first().click();
  await expect(group.getByRole('button', { name: 'Fremhevet' })).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page, 'wall: by card');
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('PageDown');
  await expect(page.locator('.wall-position')).toHaveText('Gruppe 2 av 2');
  await expect(group).toContainText(NOTE_2);
  // Never while typing: PageUp in a text field stays there.
  await page.getByText('Lim inn notater som tekst').click();
  await page.getByLabel('Teksten deltakeren kopierte').press('PageUp');
  await expect(page.locator('.wall-position')).toHaveText('Gruppe 2 av 2');
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('PageUp');
  await expect(page.locator('.wall-position')).toHaveText('Gruppe 1 av 2');
  await page.getByRole('radio', { name: 'Plass' }).check();
  await expect(page.getByRole('heading', { level: 3, name: 'Plass 3' })).toBeVisible();
  await expectAccessible(page, 'wall: by seat');
  await page.getByRole('radio', { name: 'Kategori' }).check();
  await expectAccessible(page, 'wall: by category');

  // --- Exports, named.
  const markdown = await text(await download(page, 'Referat (Markdown)'));
  expect(markdown).toContain('# Nærværsverksted');
  expect(markdown).toContain('Dato: 20.11.2026');
  expect(markdown).toContain('1. Speed-date (4 × 3 min)');
  expect(markdown).toContain(`### Kort: ${cardText(HAND[0]!)}`);
  expect(markdown).toContain('Kari');

  const csvDownload = await download(page, 'Regneark (CSV for Excel)');
  expect(csvDownload.suggestedFilename()).toMatch(new RegExp(`^kortstokk-notater-${CODE}-.*\\.csv$`));
  const csv = await text(csvDownload);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  expect(rows[0]).toEqual(['Tid', 'Trinn', 'Plass', 'Navn', 'Kort-id', 'Kort', 'Notat']);
  expect(rows).toHaveLength(4);
  const formulaRow = rows.find((r) => r[6]?.includes('SUM'))!;
  expect(formulaRow[6]).toBe(`'${NOTE_2}`);
  expect(formulaRow[2]).toBe('3');
  expect(formulaRow[3]).toBe('Kari');
  expect(rows.find((r) => r[6] === NOTE_1)![5]).toBe(cardText(HAND[0]!));

  const backup = await download(page, 'Sikkerhetskopi (JSON)');
  const exported = await json(backup);
  expect(exported.type).toBe('kortstokk/notes');
  expect(exported.session).toEqual(handIn.session);
  const exportedNotes = exported.notes as { text: string; author?: string; seat?: number }[];
  expect(exportedNotes.map((n) => n.text).sort()).toEqual(
    [NOTE_1, NOTE_2, 'Ledelse er å være til stede.'].sort(),
  );
  expect(exportedNotes.filter((n) => n.author === 'Kari')).toHaveLength(2);
  // Lossless and re-importable: importing the backup adds nothing.
  await pickFiles(
    page.getByRole('button', { name: 'Velg filer' }),
    asJson([{ name: backup.suggestedFilename(), buffer: readFileSync((await backup.path())!) }]),
  );
  await expect(page.locator('.import-files')).toContainText(
    'Eksport av en hel økt: 0 nye notater, 0 oppdaterte, 3 fantes fra før',
  );

  const docx = await download(page, 'Word-dokument (DOCX)');
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  expect(
    readFileSync((await docx.path())!)
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');

  // Anonymised: no names in any format.
  await page.getByRole('switch', { name: /Anonymiser/ }).check();
  const anonCsv = await text(await download(page, 'Regneark (CSV for Excel)'));
  const anonRows = Papa.parse<string[]>(anonCsv.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  expect(anonRows[0]).toEqual(['Tid', 'Trinn', 'Kort-id', 'Kort', 'Notat']);
  expect(anonCsv).not.toContain('Kari');
  expect(await text(await download(page, 'Referat (Markdown)'))).not.toContain('Kari');
  expect(await text(await download(page, 'Sikkerhetskopi (JSON)'))).not.toContain('Kari');
  await expectAccessible(page, 'wall: exports');

  // The clean print view, anonymised too.
  await page.getByRole('link', { name: 'Utskrift eller PDF' }).click();
  await expect(h1(page)).toHaveText('Nærværsverksted');
  await expect(page.getByRole('button', { name: 'Skriv ut eller lagre som PDF' })).toBeVisible();
  await expect(page.locator('main')).toContainText(NOTE_1);
  await expect(page.locator('main')).not.toContainText('Kari');
  await expectAccessible(page, 'print view');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Tilbake til notatveggen' }).click();

  // --- «Slett økten»: asked first, then every note of the session is gone from this device.
  await page.getByRole('button', { name: 'Slett økten …' }).click();
  await expect(page.getByText('Vil du slette økten og 3 notater for godt?')).toBeFocused();
  await expectAccessible(page, 'wall: delete confirmation');
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.locator('.wall-position')).toBeVisible();
  await page.getByRole('button', { name: 'Slett økten …' }).click();
  await page.getByRole('button', { name: 'Ja, slett økten' }).click();
  await expect(h1(page)).toHaveText('Notatvegg');
  await expect(page.getByText('Økten er slettet (3 notater).')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nærværsverksted' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('Ingen økter ennå.', { exact: false })).toBeVisible();
  await expectAccessible(page, 'notes: index after delete');
});
