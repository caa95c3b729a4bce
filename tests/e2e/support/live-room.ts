import type { Page } from '@playwright/test';
import { expect, press, waitForApp } from './fixtures.ts';
import { groupFromTemplate } from './workshop.ts';

/**
 * The people of a live room, driven as they would drive the app: the facilitator's session
 * screen, notes wall and presenter, and participants' phones in nb, nn and en.
 */

export const PHONE = { viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true };

/** What a phone's room panel says, in the phone's language. */
export const PHONE_TEXT = {
  nb: {
    locale: 'nb-NO',
    shareStart: 'Del notatene mine med fasilitator …',
    shareConfirm: 'Slå på deling',
    anonymous: (name: string) => `Del anonymt (uten navnet «${name}»)`,
    note: 'Notat til dette kortet',
    connected: 'Tilkoblet',
    reconnecting: 'Kobler til igjen …',
    offline: 'Uten nett. Notatene dine blir på telefonen og sendes når rommet er tilbake.',
    step: 'Storskjermen er på trinn',
  },
  nn: {
    locale: 'nn-NO',
    shareStart: 'Del notata mine med fasilitator …',
    shareConfirm: 'Slå på deling',
    anonymous: (name: string) => `Del anonymt (utan namnet «${name}»)`,
    note: 'Notat til dette kortet',
    connected: 'Tilkopla',
    reconnecting: 'Koplar til att …',
    offline: 'Utan nett. Notata dine blir verande på telefonen og blir sende når rommet er tilbake.',
    step: 'Storskjermen er på steg',
  },
  en: {
    locale: 'en-GB',
    shareStart: 'Share my notes with the facilitator …',
    shareConfirm: 'Turn on sharing',
    anonymous: (name: string) => `Share anonymously (without the name «${name}»)`,
    note: 'Note on this card',
    connected: 'Connected',
    reconnecting: 'Reconnecting …',
    offline: 'No network. Your notes stay on this phone and are sent when the room is back.',
    step: 'The big screen is on step',
  },
} as const;
export type PhoneLang = keyof typeof PHONE_TEXT;

export const TEMPLATE = 'Verksted ledelse: nærvær';

/**
 * The facilitator makes a group from a template, starts «Start direkte rom» and waits until the
 * room is connected. Returns the session screen's address and the join link with the room.
 */
export async function startLiveRoom(page: Page, seats = 8) {
  await groupFromTemplate(page, TEMPLATE, seats);
  await press(page.getByRole('button', { name: 'Start direkte rom' }));
  await expect(page.locator('.live-room-state')).toContainText('Rommet: Tilkoblet');
  await expect(page.locator('.join-url')).toContainText('&rk=');
  const shown = (await page.locator('.join-url').textContent())!;
  return { sessionUrl: page.url(), link: `http://${shown}` };
}

/** A phone opens the join link and takes a seat (and a name, when given). */
export async function joinSeat(phone: Page, link: string, seat: number, name?: string) {
  await phone.goto(link);
  await waitForApp(phone);
  await phone.locator('.join-seat-number').fill(String(seat));
  if (name !== undefined) await phone.getByLabel(/^(Navn|Namn|Name)/).fill(name);
  await phone.locator('form button[type="submit"]').press('Enter');
}

/** The participant turns on «Del notatene mine med fasilitator», after the health warning. */
export async function turnOnSharing(phone: Page, lang: PhoneLang, anonymous: { name: string } | null) {
  const text = PHONE_TEXT[lang];
  await phone.getByRole('button', { name: text.shareStart }).click();
  await expect(phone.locator('.room-panel .join-warning')).toBeVisible();
  if (anonymous !== null) await phone.getByLabel(text.anonymous(anonymous.name)).check();
  await phone.getByRole('button', { name: text.shareConfirm }).click();
  await expect(phone.getByRole('button', { name: text.shareStart })).toHaveCount(0);
}

/**
 * The notes wall grouped by seat with authors shown: the texts (and «— who» lines) of one seat's
 * group, or null while that seat has no group.
 */
export async function wallSeat(wall: Page, seat: number): Promise<{ texts: string[]; who: string[] } | null> {
  const jump = wall.locator('.wall-jump select');
  const label = `Plass ${seat}`;
  const options = await jump.locator('option').allTextContents();
  if (!options.includes(label)) return null;
  await jump.selectOption({ label });
  const group = wall.locator('.wall-group');
  await expect(group).toContainText(label);
  return {
    texts: await group.locator('.wall-note-text').allTextContents(),
    who: await group.locator('.wall-note-author').allTextContents(),
  };
}

/** Groups the open notes wall by seat and shows who wrote what. */
export async function wallBySeat(wall: Page) {
  await wall.getByRole('radio', { name: 'Plass' }).check();
  await wall.getByRole('switch', { name: 'Vis hvem som skrev' }).check();
}
