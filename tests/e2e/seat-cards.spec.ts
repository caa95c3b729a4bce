import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { handForSeat } from '../../src/domain/deal/deal-hands.ts';
import { decodeJoin } from '../../src/domain/join/decode-join.ts';
import { test, expect, expectAccessible, waitForOfflineReady, press } from './support/fixtures.ts';
import { groupFromTemplate } from './support/workshop.ts';

// «Plasskort»: the facilitator prints one card per seat; a participant scans the card on their
// seat and lands straight on that seat's hand, the same hand and partners the facilitator's deal
// and rotation table give that seat. Offline, a seat chosen since survives a reload, a newly
// scanned card wins again, and a card edited by hand is refused without touching what is stored.

const TEMPLATE = 'Verksted ledelse: nærvær';
const SEATS = 12;
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'nb-NO' };

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** The value the session facts list beside a label («Stokketall», «Kort per deltaker»). */
async function fact(page: Page, label: string): Promise<number> {
  const value = await page
    .locator('.session-facts dt')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]')
    .textContent();
  return Number(value);
}

/** The partners each seat meets in round 1, from the facilitator's rotation table (null: sits out). */
async function firstRound(page: Page): Promise<(number[] | null)[]> {
  return page.locator('.rotation-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const partners = row.querySelector('td .rotation-partners');
      return partners ? (partners.textContent.match(/\d+/g) ?? []).map(Number) : null;
    }),
  );
}

/** The session's card pool, as the phone builds it: every card of the link's decks. */
function poolOf(link: string): string[] {
  const decoded = decodeJoin(new URL(link).hash.slice(1));
  if (!decoded.ok) throw new Error(`not a join link: ${link}`);
  return decoded.session.decks.flatMap(({ id }) => {
    const deck = JSON.parse(readFileSync(`cards/${id}.json`, 'utf8')) as { cards: { id: string }[] };
    return deck.cards.map((card) => `${id}/${card.id}`);
  });
}

const localSeats = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith('kortstokk.join.'))),
  );

test("seat cards: a scanned card opens that seat's hand, offline too; a tampered seat is refused", async ({
  page,
  newDevice,
}) => {
  test.setTimeout(180_000);

  // --- The facilitator: a group of 12 from the seed-004 template.
  await groupFromTemplate(page, TEMPLATE, SEATS);
  const code = (await page.locator('.join-code').textContent())!;
  const seed = await fact(page, 'Stokketall');
  const perSeat = await fact(page, 'Kort per deltaker');
  const joinLink = `http://${(await page.locator('.join-url').textContent())!}`;

  // The rotation table: whom each seat meets in round 1.
  await press(page.getByRole('link', { name: 'Rotasjonstabell for speed-date' }));
  await expect(page.locator('.rotation-table tbody tr')).toHaveCount(SEATS);
  const round1 = await firstRound(page);
  await press(page.getByRole('link', { name: 'Gruppen og lenken' }));

  // --- «Skriv ut plasskort»: one card per seat, each with the seat, the code and a QR code.
  await press(page.getByRole('link', { name: 'Skriv ut plasskort' }));
  await expect(h1(page)).toHaveText(`Plasskort: ${TEMPLATE}`);
  const cards = page.getByRole('list', { name: `Plasskort for ${SEATS} plasser` }).getByRole('listitem');
  await expect(cards).toHaveCount(SEATS);
  await expect(cards.filter({ hasText: code })).toHaveCount(SEATS);
  await expectAccessible(page, 'seat cards');
  const card = (seat: number) =>
    cards.filter({ has: page.getByRole('heading', { level: 2, name: `Plass ${seat}`, exact: true }) });
  await expect(card(5).getByRole('img', { name: 'QR-kode med lenken til plass 5' })).toBeVisible();
  const link5 = `http://${(await card(5).locator('.seat-card-url').textContent())!}`;
  const link2 = `http://${(await card(2).locator('.seat-card-url').textContent())!}`;
  // The seat card's link is the group's join link with the seat added.
  expect(link5).toBe(`${joinLink}&h=5`);
  expect(link2).toBe(`${joinLink}&h=2`);

  // On paper: only the cards, eight to an A4 page with half-inch margins.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(h1(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: '12.7mm', bottom: '12.7mm', left: '12.7mm', right: '12.7mm' },
  });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
  expect(pages, '12 cards on two A4 pages').toHaveLength(2);
  await page.emulateMedia({ media: 'screen' });

  // --- A phone scans seat 5's card: that seat's hand at once, no seat to pick.
  const pool = poolOf(link5);
  const hand = (seat: number) => handForSeat(pool, { seed, seats: SEATS, cardsPerSeat: perSeat }, seat);
  const phone = await newDevice(PHONE);
  await phone.goto(link5);
  await expect(h1(phone)).toHaveText(TEMPLATE);
  await expect(phone.getByText('Plass 5', { exact: true })).toBeVisible();
  await expect(phone.getByText('Plassen kommer fra plasskortet du skannet.')).toBeVisible();
  await expect(phone.getByLabel(`Plassnummer (1–${SEATS})`)).toHaveCount(0);
  await expect(phone.getByText(code)).toBeVisible();
  await expect(phone.locator('.hand-position')).toHaveText(`1 av ${perSeat}`);
  await expect(phone.locator('.hand-card [data-card]')).toHaveAttribute('data-card', hand(5)[0]!);
  await phone.getByRole('button', { name: 'Neste' }).click();
  await expect(phone.locator('.hand-card [data-card]')).toHaveAttribute('data-card', hand(5)[1]!);
  // The address is now the session's own link: a reload does not take the seat again.
  await expect(phone).toHaveURL(joinLink);
  await phone.getByText('Hvem møter du i hver runde?').click();
  await expect(phone.locator('.speed-date-partner')).toContainText(`Du møter plass ${round1[4]![0]}.`);
  await expectAccessible(phone, 'phone: hand from a seat card');

  // --- Offline from here: the participant moves to seat 7, and a reload keeps it.
  await waitForOfflineReady(phone);
  await phone.context().setOffline(true);
  await phone.getByRole('button', { name: 'Bytt plass eller navn' }).click();
  await expect(phone.getByLabel(`Plassnummer (1–${SEATS})`)).toHaveValue('5');
  await expectAccessible(phone, 'phone: choosing another seat');
  await phone.getByLabel(`Plassnummer (1–${SEATS})`).fill('7');
  await phone.getByRole('button', { name: 'Vis kortene mine' }).click();
  await expect(phone.getByText('Plass 7', { exact: true })).toBeVisible();
  await expect(phone.getByText(/plasskortet/)).toHaveCount(0);
  await expect(phone.locator('.hand-card [data-card]')).toHaveAttribute('data-card', hand(7)[0]!);
  await phone.reload();
  await expect(phone.getByText('Plass 7', { exact: true })).toBeVisible();
  await expect(phone.locator('.hand-card [data-card]')).toHaveAttribute('data-card', hand(7)[0]!);
  await expectAccessible(phone, 'phone: another seat, reloaded offline');

  // Scanning another card (seat 2's) is a choice too: the card's seat wins, and the phone says so.
  await phone.goto('about:blank');
  await phone.goto(link2);
  await expect(phone.getByText('Plass 2', { exact: true })).toBeVisible();
  await expect(
    phone.getByText('Plassen kommer fra plasskortet du skannet. Før var du plass 7.'),
  ).toBeVisible();
  await expect(phone.locator('.hand-card [data-card]')).toHaveAttribute('data-card', hand(2)[0]!);
  await expectAccessible(phone, 'phone: a second seat card');

  // --- A card edited by hand (seat 13 of 12): the message, and nothing stored changes.
  const before = await localSeats(phone);
  expect(Object.values(before)).toEqual([JSON.stringify({ seat: 2 })]);
  await phone.goto(`${joinLink}&h=13`);
  await expect(h1(phone)).toHaveText('Lenken virker ikke');
  await expect(phone.getByRole('alert')).toHaveText(
    `En verdi i lenken er utenfor det som er tillatt («plassnummer» skal være fra 1 til ${SEATS}).`,
  );
  await expectAccessible(phone, 'phone: tampered seat');
  expect(await localSeats(phone)).toEqual(before);
  // Only the seat was wrong: the participant may go on to the session and its remembered seat.
  await phone.getByRole('link', { name: 'Velg plass selv' }).click();
  await expect(h1(phone)).toHaveText(TEMPLATE);
  await expect(phone.getByText('Plass 2', { exact: true })).toBeVisible();
  expect(await localSeats(phone)).toEqual(before);
});

test('seat cards carry the live room while one runs, and not before', async ({ page }) => {
  test.setTimeout(120_000);
  await groupFromTemplate(page, TEMPLATE, 6);
  const card = (seat: number) =>
    page
      .locator('.seat-card')
      .filter({ has: page.getByRole('heading', { level: 2, name: `Plass ${seat}`, exact: true }) });
  const decoded = async (seat: number) => {
    const link = `http://${(await card(seat).locator('.seat-card-url').textContent())!}`;
    const result = decodeJoin(new URL(link).hash.slice(1));
    if (!result.ok) throw new Error(`not a join link: ${link}`);
    return result.session;
  };

  // No room: the cards are the plain ones.
  await press(page.getByRole('link', { name: 'Skriv ut plasskort' }));
  await expect(card(3)).toBeVisible();
  expect((await decoded(3)).room).toBeUndefined();
  await expect(page.getByText(/tar med det direkte rommet/)).toHaveCount(0);

  // With a live room, every card carries the room the session's link carries.
  await press(page.getByRole('link', { name: 'Gruppen og lenken' }));
  await press(page.getByRole('button', { name: 'Start direkte rom' }));
  await expect(page.locator('.live-room-state')).toContainText('Rommet: Tilkoblet');
  const session = decodeJoin(
    new URL(`http://${(await page.locator('.join-url').textContent())!}`).hash.slice(1),
  );
  if (!session.ok || session.session.room === undefined) throw new Error('the session link carries no room');
  await press(page.getByRole('link', { name: 'Skriv ut plasskort' }));
  await expect(page.getByText(/tar med det direkte rommet/)).toBeVisible();
  for (const seat of [1, 6]) {
    const onCard = await decoded(seat);
    expect(onCard.room).toEqual(session.session.room);
    expect(onCard.seat).toBe(seat);
  }
  await expectAccessible(page, 'seat cards with a live room');
});
