import { test, expect, expectAccessible } from '../support/fixtures.ts';
import { createNewerDb, dbVersion, putRawRecord, storedNotes } from './support/notes-db.ts';
import { drawAndAnswerField, savedLine } from './support/solo.ts';

// Storage faults on the solo journal: no entry is lost and the user is told what happened.

test('an entry typed while the notes database is still opening is saved once it opens', async ({
  page,
  context,
}) => {
  // A slow disk: every 'success' of opening the notes database arrives 1.5 s late.
  await context.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<typeof open>) {
      const request = open.apply(this, args);
      if (args[0] !== 'kortstokk-notes') return request;
      const add = request.addEventListener.bind(request);
      request.addEventListener = ((type: string, listener: EventListener, options?: unknown) =>
        type === 'success'
          ? add(type, (event) => setTimeout(() => listener.call(request, event), 1500), options as never)
          : add(type, listener, options as never)) as typeof request.addEventListener;
      return request;
    };
  });
  const answer = await drawAndAnswerField(page);
  await answer.fill('Skrevet før lagringen var klar.');
  await expect(savedLine(page)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Ditt svar' })).toHaveValue(
    'Skrevet før lagringen var klar.',
  );
  expect((await storedNotes(page)).map((n) => n.text)).toContain('Skrevet før lagringen var klar.');
});

test('a full disk is reported, the text stays, and «Prøv igjen» saves it once there is room', async ({
  page,
  context,
}) => {
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as unknown as { diskFull?: boolean }).diskFull) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  const answer = await drawAndAnswerField(page);
  await answer.fill('Første del.');
  await expect(savedLine(page)).toBeVisible();

  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
  await answer.press('End');
  await answer.pressSequentially(' Andre del.');
  const alert = page.getByRole('alert').filter({ hasText: 'lagringsplassen på enheten er full' });
  await expect(alert).toBeVisible();
  await expect(answer).toHaveValue('Første del. Andre del.');
  await expectAccessible(page, 'storage full');

  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
  await alert.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(alert).toBeHidden();
  await expect(savedLine(page)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Ditt svar' })).toHaveValue('Første del. Andre del.');
});

test('a corrupt stored record is reported and kept aside; the other entries are there', async ({ page }) => {
  const answer = await drawAndAnswerField(page);
  await answer.fill('Et godt svar.');
  await expect(savedLine(page)).toBeVisible();
  await putRawRecord(page, { id: 'ødelagt', kind: 'journal', text: 42, rev: 'x' });

  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Noen lagrede notater kunne ikke leses');
  await expectAccessible(page, 'corrupt record reported');
  await expect(page.getByRole('textbox', { name: 'Ditt svar' })).toHaveValue('Et godt svar.');
  // Nothing was dropped from the disk: the bad record is still there for support.
  const stored = await storedNotes(page);
  expect(stored.map((n) => n.id)).toContain('ødelagt');
  expect(stored.map((n) => n.text)).toContain('Et godt svar.');
});

test('notes saved by a newer version are reported and never overwritten', async ({ page }) => {
  // A blank page on the app's origin, so the database can be made before the app runs.
  await page.route('**/blank.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>-</title><link rel="icon" href="data:,">',
    }),
  );
  await page.goto('./blank.html');
  const future = { id: 'fra-framtida', kind: 'journal', text: 'Skrevet av en nyere app.', v: 99 };
  await createNewerDb(page, 99, future);

  const answer = await drawAndAnswerField(page);
  await expect(page.getByRole('alert')).toContainText('lagret av en nyere versjon av Kortstokk');
  await expectAccessible(page, 'notes from a newer version');
  await answer.fill('Skrevet i den gamle appen.');
  await expect(answer).toHaveValue('Skrevet i den gamle appen.');
  await page.waitForTimeout(600);

  expect(await dbVersion(page)).toBe(99);
  expect(await storedNotes(page)).toEqual([future]);
});

for (const wait of [300, 100]) {
  test(`the tab dies ${wait} ms after typing: a new tab finds the entry`, async ({ page, context }) => {
    const answer = await drawAndAnswerField(page);
    await answer.pressSequentially('Rett før krasjet.');
    await page.waitForTimeout(wait);
    await page.close({ runBeforeUnload: false });

    const tab = await context.newPage();
    // A solo session belongs to its tab; the journal shows every saved entry.
    await tab.goto('./#/solo?view=journal');
    await expect(tab.getByText('Rett før krasjet.')).toBeVisible();
  });
}

test('site storage cleared while the app is open: the user is told, and «Prøv igjen» saves the text again', async ({
  page,
  context,
}) => {
  const answer = await drawAndAnswerField(page);
  await answer.fill('Før slettingen.');
  await expect(savedLine(page)).toBeVisible();

  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });

  await answer.press('End');
  await answer.pressSequentially(' Etter slettingen.');
  // The browser closed the database: the app says so (the 'unavailable' message) and keeps the text.
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Lagring er ikke tilgjengelig');
  await expect(answer).toHaveValue('Før slettingen. Etter slettingen.');
  await alert.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(alert).toBeHidden();
  await expect(savedLine(page)).toBeVisible();
  const texts = (await storedNotes(page)).map((n) => n.text);
  expect(texts, 'the whole entry is on disk again').toContain('Før slettingen. Etter slettingen.');
});
