// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDeckText } from '../../../src/domain/deck/parse-deck.ts';
import type { Deck } from '../../../src/domain/deck/types.ts';
import { encodeJoin } from '../../../src/domain/join/encode-join.ts';
import type { JOIN_ERROR_CODES } from '../../../src/domain/join/join-errors.ts';
import type { JoinSession } from '../../../src/domain/join/join-session.ts';
import { shortCode } from '../../../src/domain/join/short-code.ts';
import { parseHandInText } from '../../../src/domain/notes/parse-handin.ts';
import { JoinPage } from '../../../src/features/join/join-page.tsx';
import { seatHand } from '../../../src/features/join/session-cards.ts';
import { initI18n } from '../../../src/i18n/init.ts';
import { getNotesRepository } from '../../../src/storage/notes-instance.ts';
import { useAppStore } from '../../../src/store/store.ts';

const parsed = parseDeckText(readFileSync('cards/naervaer.json', 'utf8'));
const NAERVAER = (parsed.ok ? parsed.deck : null) as Deck;
// The link names the deck in the version this device has, whatever the built-in deck is at now.
const SESSION: JoinSession = {
  v: 1,
  seed: 99,
  decks: [{ id: 'naervaer', version: NAERVAER.version }],
  seats: 5,
  cards: 3,
};

/** jsdom's File has no text(); FileReader it has. */
const readText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

/** Opens the join page at a link, as a phone does from a QR code. */
const open = (query: string) => {
  window.history.replaceState(null, '', `/join/#${query}`);
  return render(<JoinPage />);
};
const address = () => `${window.location.pathname}${window.location.hash}`;

beforeAll(() => initI18n('nb'));
beforeEach(() => {
  localStorage.clear();
  // The decks as loaded; the real loader fetches the built files.
  useAppStore.setState({
    decks: { status: 'ready', builtIn: [NAERVAER], imported: [], failures: [] },
    loadDecks: () => Promise.resolve(),
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('JoinPage', () => {
  it('explains every refused link in words, with a way back', () => {
    const bad: Record<(typeof JOIN_ERROR_CODES)[number], string> = {
      'too-long': `s=${'1'.repeat(2100)}`,
      malformed: 'abc',
      'bad-encoding': 's=%E0%A4%A&d=naervaer.1&n=5',
      'unknown-key': 's=1&d=naervaer.1&n=5&zz=1',
      'duplicate-key': 's=1&s=2&d=naervaer.1&n=5',
      'missing-key': 's=1&n=5',
      'unsupported-version': 'v=2&s=1&d=naervaer.1&n=5',
      'invalid-value': 's=01&d=naervaer.1&n=5',
      'out-of-range': 's=1&d=naervaer.1&n=1',
      'duplicate-deck': 's=1&d=naervaer.1,naervaer.2&n=5',
    };
    for (const [code, query] of Object.entries(bad)) {
      const view = open(query);
      const alert = screen.getByRole('alert');
      expect(alert.textContent, code).not.toMatch(/linkError|\{\{/);
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Lenken virker ikke');
      expect(screen.getByRole('link', { name: 'Prøv igjen' }).getAttribute('href')).toBe('/join/');
      view.unmount();
    }
  });

  it('lets a participant pick a seat, write a note, and hand it in through Web Share', async () => {
    const share = vi.fn((_: ShareData) => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, canShare: () => true, share });
    open(encodeJoin(SESSION));
    fireEvent.change(screen.getByLabelText('Plassnummer (1–5)'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Navn (valgfritt)'), { target: { value: ' Ola ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vis kortene mine' }));
    expect(screen.getByText('1 av 3')).toBeTruthy();
    expect(
      JSON.parse(localStorage.getItem(`kortstokk.join.${screen.getByText(/^[A-Z0-9]{6}$/).textContent}`)!),
    ).toEqual({
      seat: 2,
      name: 'Ola',
    });

    fireEvent.change(screen.getByLabelText('Notat til dette kortet'), { target: { value: 'Første tanke' } });
    fireEvent.change(screen.getByLabelText('Notat til dette kortet'), {
      target: { value: 'Første tanke, rettet' },
    });
    const mine = getNotesRepository()
      .all()
      .filter((n) => n.text.startsWith('Første'));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.meta).toMatchObject({ seat: 2, mine: true, session: { seed: 99 } });

    fireEvent.click(screen.getByRole('button', { name: 'Lever notater …' }));
    expect(screen.getByText(/kan inneholde helseopplysninger/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /Lever anonymt/ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Lever nå' })));
    await waitFor(() => expect(screen.getByText(/Notatene er delt/)).toBeTruthy());
    const file = (share.mock.calls[0]?.[0].files ?? [])[0] as File;
    expect(file.name).toMatch(/^kortstokk-notater-plass-2-\d{4}-\d{2}-\d{2}\.json$/);
    const handIn = parseHandInText(await readText(file));
    expect(handIn.ok && handIn.handIn.participant).toEqual({ seat: 2 });
    expect(handIn.ok && handIn.handIn.notes.map((n) => [n.text, n.author])).toEqual([
      ['Første tanke, rettet', undefined],
    ]);
  });

  it('shows the hand-in as text to copy by hand when the clipboard is refused', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
    });
    open(encodeJoin({ ...SESSION, seed: 100 }));
    fireEvent.change(screen.getByLabelText('Plassnummer (1–5)'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vis kortene mine' }));
    fireEvent.change(screen.getByLabelText('Notat til dette kortet'), { target: { value: 'Til kopiering' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lever notater …' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Kopier som tekst' })));
    const text = (await screen.findByLabelText('Notatene som tekst')) as HTMLTextAreaElement;
    expect(text.readOnly).toBe(true);
    const handIn = parseHandInText(text.value);
    expect(handIn.ok && handIn.handIn.notes.map((n) => n.text)).toEqual(['Til kopiering']);
  });

  it('asks the participant to check the link when the decks differ, and stops for a missing deck', () => {
    const later = NAERVAER.version + 1;
    const view = open(encodeJoin({ ...SESSION, decks: [{ id: 'naervaer', version: later }] }));
    expect(screen.getByRole('heading', { name: 'Kortstokken er en annen versjon' })).toBeTruthy();
    expect(screen.getByText(/Oppdater appen \(last inn siden/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fortsett likevel' }));
    expect(screen.getByRole('heading', { name: 'Hvilken plass har du?' })).toBeTruthy();
    view.unmount();
    // A facilitator whose app still has an older deck: the phone is ahead, so the advice differs.
    const older = open(
      encodeJoin({ ...SESSION, decks: [{ id: 'naervaer', version: NAERVAER.version - 1 }] }),
    );
    expect(screen.getByText(/Be fasilitatoren oppdatere appen/)).toBeTruthy();
    expect(screen.queryByText(/Oppdater appen \(last inn siden/)).toBeNull();
    older.unmount();
    open(encodeJoin({ ...SESSION, decks: [{ id: 'ukjent', version: 1 }] }));
    expect(screen.getByRole('heading', { name: 'Telefonen mangler en kortstokk' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Fortsett likevel' })).toBeNull();
  });
});

describe('JoinPage with a seat card link', () => {
  const CODE = shortCode(SESSION);
  const stored = () => localStorage.getItem(`kortstokk.join.${CODE}`);
  const firstCard = () => document.querySelector('.hand-card [data-card]')?.getAttribute('data-card');

  it("opens that seat's hand at once, remembers the seat, and drops it from the address", async () => {
    open(encodeJoin({ ...SESSION, seat: 2 }));
    expect(screen.getByText('Plass 2')).toBeTruthy();
    expect(screen.queryByLabelText('Plassnummer (1–5)')).toBeNull();
    expect(screen.getByText('Plassen kommer fra plasskortet du skannet.')).toBeTruthy();
    expect(screen.getByText('1 av 3')).toBeTruthy();
    expect(firstCard()).toBe(seatHand(SESSION, [NAERVAER], 2)[0]?.ref);
    expect(screen.getByText(CODE)).toBeTruthy();
    expect(JSON.parse(stored()!)).toEqual({ seat: 2 });
    await waitFor(() => expect(address()).toBe(`/join/#${encodeJoin(SESSION)}`));
    // The same view goes on (no second mount): still seat 2, still saying where it came from.
    expect(screen.getByText('Plass 2')).toBeTruthy();
    expect(screen.getByText('Plassen kommer fra plasskortet du skannet.')).toBeTruthy();
  });

  it("lets the link's seat win over a remembered one, says so, and keeps the name", () => {
    localStorage.setItem(`kortstokk.join.${CODE}`, JSON.stringify({ seat: 4, name: 'Ola' }));
    open(encodeJoin({ ...SESSION, seat: 2 }));
    expect(screen.getByText('Plass 2')).toBeTruthy();
    expect(screen.getByText('· Ola', { exact: false })).toBeTruthy();
    expect(screen.getByText('Plassen kommer fra plasskortet du skannet. Før var du plass 4.')).toBeTruthy();
    expect(JSON.parse(stored()!)).toEqual({ seat: 2, name: 'Ola' });
  });

  it('keeps a seat chosen since over a reload, and a new scan of a card wins again', async () => {
    const view = open(encodeJoin({ ...SESSION, seat: 2 }));
    await waitFor(() => expect(address()).toBe(`/join/#${encodeJoin(SESSION)}`));
    fireEvent.click(screen.getByRole('button', { name: 'Bytt plass eller navn' }));
    const seat = screen.getByLabelText('Plassnummer (1–5)') as HTMLInputElement;
    expect(seat.value).toBe('2');
    fireEvent.change(seat, { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vis kortene mine' }));
    expect(screen.getByText('Plass 5')).toBeTruthy();
    expect(screen.queryByText(/plasskortet/)).toBeNull();
    expect(firstCard()).toBe(seatHand(SESSION, [NAERVAER], 5)[0]?.ref);
    expect(JSON.parse(stored()!)).toEqual({ seat: 5 });

    // A reload opens the address as it is now: without the seat, so seat 5 stays.
    view.unmount();
    const reloaded = render(<JoinPage />);
    expect(screen.getByText('Plass 5')).toBeTruthy();
    reloaded.unmount();

    open(encodeJoin({ ...SESSION, seat: 2 }));
    expect(screen.getByText('Plass 2')).toBeTruthy();
    expect(screen.getByText('Plassen kommer fra plasskortet du skannet. Før var du plass 5.')).toBeTruthy();
  });

  it('refuses a seat that is not one of the group, stores nothing, and offers to choose a seat', () => {
    localStorage.setItem(`kortstokk.join.${CODE}`, JSON.stringify({ seat: 4 }));
    const before = { ...localStorage };
    for (const bad of ['h=6', 'h=0', 'h=tre', 'h=2&h=3']) {
      const query = `${encodeJoin(SESSION)}&${bad}`;
      const view = open(query);
      expect(screen.getByRole('heading', { level: 1 }).textContent, bad).toBe('Lenken virker ikke');
      expect(screen.getByRole('alert').textContent, bad).toMatch(/«plassnummer»/);
      expect(screen.getByRole('link', { name: 'Velg plass selv' }).getAttribute('href')).toBe(
        `/join/#${encodeJoin(SESSION)}`,
      );
      expect(address()).toBe(`/join/#${query}`);
      view.unmount();
    }
    open(`${encodeJoin(SESSION)}&h=6`);
    expect(screen.getByRole('alert').textContent).toBe(
      'En verdi i lenken er utenfor det som er tillatt («plassnummer» skal være fra 1 til 5).',
    );
    expect({ ...localStorage }).toEqual(before);
  });

  it('offers no seat choice when more than the seat is wrong', () => {
    open('v=1&s=1&d=naervaer.1&n=1&h=1');
    expect(screen.getByRole('alert').textContent).toMatch(/«antall deltakere»/);
    expect(screen.queryByRole('link', { name: 'Velg plass selv' })).toBeNull();
  });
});
