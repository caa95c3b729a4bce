import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createHandIn, handInToJson } from '../../src/domain/notes/handin.ts';
import type { Note } from '../../src/domain/notes/note-types.ts';
import { expect, expectAccessible, test, waitForApp } from './support/fixtures.ts';
import { pickFiles } from './support/files.ts';

// A session's hand-ins as the facilitator collects them: two participants, notes on two cards.
type DeckFile = { version: number; cards: { id: string; text: { nb: string } }[] };
const naervaer = JSON.parse(readFileSync('cards/naervaer.json', 'utf8')) as DeckFile;
const CARD_1 = `naervaer/${naervaer.cards[0]!.id}`;
const CARD_2 = `naervaer/${naervaer.cards[1]!.id}`;
const CODE = 'K7M4QX';
const SESSION = { code: CODE, seed: 123456, decks: [{ id: 'naervaer', version: naervaer.version }] };

const NOTE_A = 'Tillit tar tid, og tid er det vi mangler.';
const NOTE_B = 'Vi trenger tid til å lytte.';
const NOTE_C = 'Tillit bygges i små møter.';
const NOTE_D = 'Ærlige samtaler om fravær.';

const note = (id: string, cardRef: string, text: string, at: number): Note => ({
  id,
  sessionId: CODE,
  cardRef,
  text,
  createdAt: 1_795_337_000_000 + at,
  updatedAt: 1_795_337_000_000 + at,
});

function handIn(seat: number, name: string | undefined, notes: Note[]) {
  const file = createHandIn({
    session: SESSION,
    participant: name === undefined ? { seat } : { seat, name },
    createdAt: 1_795_338_000_000,
    notes,
  });
  return {
    name: `plass-${seat}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(handInToJson(file)),
  };
}

const FILES = [
  handIn(3, 'Kari', [note('kari-1', CARD_1, NOTE_A, 1), note('kari-2', CARD_2, NOTE_D, 3)]),
  handIn(5, undefined, [note('seat5-1', CARD_1, NOTE_B, 2), note('seat5-2', CARD_1, NOTE_C, 4)]),
];

/** What the room sees of the notes: their texts, in order. */
const shownNotes = (page: Page) => page.locator('.projector-note-text');
const status = (page: Page) => page.locator('.projector-count');

test('the facilitator shows the notes on the projector with clicker keys and a word cloud', async ({
  page,
}) => {
  // The cloud's layout library and stop words load only when a cloud is first shown.
  const cloudCode: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/cloud-layout-[^/]+\.js$/.test(r.url())) cloudCode.push(r.url());
  });
  await page.goto('./#/notes');
  await pickFiles(page.getByRole('button', { name: 'Velg filer' }), FILES);
  await expect(page.locator('.import-summary')).toHaveText('2 filer lest: 4 nye notater, 0 avviste.');
  await page
    .getByRole('link', { name: `Åpne notatveggen for økt ${CODE}` })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Økt ${CODE}`);

  // The wall's own word cloud, folded away until asked for.
  await expect(page.locator('.wall-group')).toContainText(NOTE_A);
  expect(cloudCode).toEqual([]);
  await page.getByText('Vis ordsky for kortet').click();
  await expect(page.locator('.wall-cloud svg text', { hasText: /^tid$/ })).toBeVisible();
  expect(cloudCode.length).toBeGreaterThan(0);

  // --- The projector view: dark, no app chrome, the first card with its notes hidden.
  const open = page.getByRole('button', { name: 'Vis på projektor' });
  await open.click();
  await expect(page.locator('html')).toHaveAttribute('data-presenting', 'presenter');
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.projector-where')).toHaveText(`Økt ${CODE} · Kort 1 av 2`);
  await expect(page.locator(`.projector-card [data-card="${CARD_1}"]`)).toBeVisible();
  await expect(status(page)).toHaveText('0 av 3 notater vises');
  await expect(shownNotes(page)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Taster på projektoren' })).toContainText('vis neste notat');
  await expect(page.locator('.wall-projector')).toHaveCSS('background-color', 'rgb(13, 18, 21)');
  await expectAccessible(page, 'projector: first card, notes hidden');

  // The clicker's «blank» key (B or .) and Space reveal one note at a time, oldest first.
  await page.keyboard.press('.');
  await expect(shownNotes(page)).toHaveText([NOTE_A]);
  await expect(status(page)).toHaveText('1 av 3 notater vises');
  await page.keyboard.press('b');
  await expect(shownNotes(page)).toHaveText([NOTE_A, NOTE_B]);
  await page.keyboard.press('Space');
  await expect(shownNotes(page)).toHaveText([NOTE_A, NOTE_B, NOTE_C]);
  await expect(status(page)).toHaveText('3 av 3 notater vises');

  // Authors stay hidden until A.
  await expect(page.locator('.projector-card')).not.toContainText('Kari');
  await page.keyboard.press('a');
  await expect(page.locator('.projector-note-author')).toHaveText([
    '— Kari, Plass 3',
    '— Plass 5',
    '— Plass 5',
  ]);
  // Arrived, not arriving: axe reads colours once the rise-in is over.
  for (const li of await page.locator('.projector-note').all()) await expect(li).toHaveCSS('opacity', '1');
  await expectAccessible(page, 'projector: notes and authors shown');
  await page.keyboard.press('a');
  await expect(page.locator('.projector-note-author')).toHaveCount(0);

  // V hides all and shows all again.
  await page.keyboard.press('v');
  await expect(shownNotes(page)).toHaveCount(0);
  await page.keyboard.press('v');
  await expect(shownNotes(page)).toHaveCount(3);

  // The card's word cloud: the word written most often, large; no stop word.
  await page.keyboard.press('o');
  const cloud = page.locator('.projector-card svg[role="img"]');
  await expect(cloud).toHaveAttribute('aria-label', /^Ordsky av notatene: tid \(3\), tillit \(2\), /);
  const words = cloud.locator('text');
  await expect(words.first()).toHaveText('tid');
  const texts = await words.allTextContents();
  expect(texts).toContain('tillit');
  for (const stop of ['og', 'er', 'det', 'vi', 'til', 'å', 'i']) expect(texts).not.toContain(stop);
  // Laid out, not piled up: the largest word is drawn larger than the smallest, and no two words overlap.
  const boxes = await words.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
  expect(boxes[0]!.h).toBeGreaterThan(boxes.at(-1)!.h);
  const overlap = (a: (typeof boxes)[0], b: (typeof boxes)[0]) =>
    a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
  const pairs = boxes.flatMap((a, i) => boxes.slice(i + 1).map((b) => overlap(a, b)));
  expect(pairs.filter(Boolean).length).toBeLessThanOrEqual(pairs.length / 4);
  await expectAccessible(page, 'projector: word cloud');
  await page.keyboard.press('o');
  await expect(cloud).toHaveCount(0);

  // PageDown / PageUp and the arrows move between cards; each card keeps what was revealed.
  await page.keyboard.press('PageDown');
  await expect(page.locator('.projector-where')).toHaveText(`Økt ${CODE} · Kort 2 av 2`);
  await expect(page.locator(`.projector-card [data-card="${CARD_2}"]`)).toBeVisible();
  await expect(status(page)).toHaveText('0 av 1 notat vises');
  await page.keyboard.press('.');
  await expect(shownNotes(page)).toHaveText([NOTE_D]);
  await page.keyboard.press('ArrowLeft');
  await expect(shownNotes(page)).toHaveCount(3);
  await page.keyboard.press('ArrowRight');
  await expect(shownNotes(page)).toHaveText([NOTE_D]);
  await page.keyboard.press('PageUp');
  await expect(page.locator('.projector-where')).toHaveText(`Økt ${CODE} · Kort 1 av 2`);

  // Esc goes back to the wall, the light theme and the button that opened the projector.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Økt ${CODE}`);
  await expect(page.locator('html')).not.toHaveAttribute('data-presenting');
  await expect(open).toBeFocused();
  await expect(page.locator('.app-header')).toBeVisible();
});

test('under reduced motion a revealed note is there at once, without a rise-in', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./#/notes');
  await pickFiles(page.getByRole('button', { name: 'Velg filer' }), FILES);
  await page
    .getByRole('link', { name: `Åpne notatveggen for økt ${CODE}` })
    .first()
    .click();
  await waitForApp(page);
  await page.getByRole('button', { name: 'Vis på projektor' }).click();
  await expect(status(page)).toHaveText('0 av 3 notater vises');
  // The status is polite: it announces the count without taking the screen reader's focus.
  await expect(status(page)).toHaveAttribute('role', 'status');
  await page.keyboard.press('.');
  const first = page.locator('.projector-note').first();
  await expect(first).toBeVisible();
  // Read in the same task as the note's first frame: no animation runs, full opacity already.
  const motion = await first.evaluate((el) => ({
    animations: el.getAnimations().length,
    opacity: getComputedStyle(el).opacity,
    transform: getComputedStyle(el).transform,
  }));
  expect(motion).toEqual({ animations: 0, opacity: '1', transform: 'none' });
});
