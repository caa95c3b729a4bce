import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures.ts';
import { storedNotes } from './support/notes-db.ts';

// Every link of the join-link corpus goes through the phone's join screen: a clear message in
// the user's language, a way back, and the participant's seat and notes are untouched.
type Case = { link: string; code: string; nb: string; en: string };
const corpus = JSON.parse(readFileSync('tests/fixtures/join-links/expected.json', 'utf8')) as {
  valid: string;
  cases: Record<string, Case>;
};
// The corpus's valid link names a deck version; the built-in deck's own is read from cards/, so a
// new deck version does not turn the valid link into a version mismatch.
const ledelseVersion = (JSON.parse(readFileSync('cards/ledelse.json', 'utf8')) as { version: number })
  .version;
const valid = corpus.valid.replace(/\bd=ledelse\.\d+/, `d=ledelse.${ledelseVersion}`);
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

const UI = {
  nb: { locale: 'nb-NO', title: 'Lenken virker ikke', back: 'Prøv igjen', seat: 'Plassnummer (1–8)' },
  en: { locale: 'en-GB', title: 'The link does not work', back: 'Try again', seat: 'Seat number (1–8)' },
} as const;
const SHOW = { nb: 'Vis kortene mine', en: 'Show my cards' };
const NOTE = { nb: 'Notat til dette kortet', en: 'Note on this card' };
const SAVED = { nb: 'Lagret på enheten', en: 'Saved on this device' };

for (const lang of ['nb', 'en'] as const) {
  const { locale, title, back, seat } = UI[lang];
  test(`every bad join link is explained in ${lang} and changes nothing on the phone`, async ({
    newDevice,
  }) => {
    const phone = await newDevice({ ...PHONE, locale });
    // Before: a seat chosen and a note written in a valid session.
    await phone.goto(`./#/join?${valid}`);
    await phone.getByLabel(seat).fill('2');
    await phone.getByRole('button', { name: SHOW[lang] }).click();
    const note = phone.getByLabel(NOTE[lang]);
    await note.fill('Notatet mitt før de ødelagte lenkene.');
    await expect(phone.getByText(SAVED[lang])).toBeVisible();
    const before = await storedNotes(phone);

    for (const [name, bad] of Object.entries(corpus.cases)) {
      await phone.goto(`./#/join?${bad.link}`);
      await expect(h1(phone), name).toHaveText(title);
      await expect(phone.getByRole('alert'), name).toContainText(bad[lang]);
      await expect(phone.getByRole('link', { name: back }), name).toBeVisible();
    }

    expect(await storedNotes(phone)).toEqual(before);
    await phone.goto(`./#/join?${valid}`);
    await expect(note).toHaveValue('Notatet mitt før de ødelagte lenkene.');
  });
}
