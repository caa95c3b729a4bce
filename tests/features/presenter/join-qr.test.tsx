// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTimer } from '../../../src/domain/timer/timer-state.ts';
import { joinUrl } from '../../../src/domain/join/join-url.ts';
import { shortCode } from '../../../src/domain/join/short-code.ts';
import { groupJoin } from '../../../src/domain/workshop/group-join.ts';
import { VERKSTED_LEDELSE } from '../../../src/domain/workshop/template-verksted-ledelse.ts';
import type { WorkshopSession } from '../../../src/domain/workshop/workshop-session.ts';
import { joinQrOf } from '../../../src/features/presenter/join-qr.ts';
import { PresenterPage } from '../../../src/features/presenter/presenter-page.tsx';
import { initI18n } from '../../../src/i18n/init.ts';
import { openPresenterChannel, type PresenterMessage } from '../../../src/lib/presenter-channel.ts';
import { getWorkshopStore } from '../../../src/storage/workshop-store.ts';
import { useAppStore } from '../../../src/store/store.ts';
import { loadCardDecks } from './load-decks.ts';

const WORKSHOP: WorkshopSession = {
  id: 'okt-qr',
  sheetId: VERKSTED_LEDELSE.id,
  title: 'Nærværsverksted',
  seed: 31337,
  seats: 10,
  groups: 2,
  mode: 'sit-out',
  cardsPerSeat: 4,
  decks: [{ id: 'naervaer', version: 1 }],
  createdAt: 0,
};
const SESSION = `#/present?session=${WORKSHOP.id}`;
const BASE = 'https://kortstokk.kommune.example/';

const key = (k: string) => act(() => void fireEvent.keyDown(window, { key: k }));
const qrView = () => screen.queryByRole('region', { name: 'Bli med' });

beforeAll(async () => {
  await initI18n('nb');
  useAppStore.setState({ decks: { status: 'ready', builtIn: loadCardDecks(), imported: [], failures: [] } });
  await getWorkshopStore().putSession(WORKSHOP);
});
beforeEach(() => sessionStorage.clear());
afterEach(cleanup);

async function present(hash: string, title: string) {
  window.location.hash = hash;
  render(<PresenterPage />);
  await screen.findByRole('heading', { level: 1, name: title }, { timeout: 5000 });
  await act(async () => undefined); // let the key listeners (passive effects) attach
}

describe('joinQrOf', () => {
  it("is the group's own join link and code, as on its «Bli med» screen", () => {
    const join = groupJoin(WORKSHOP, VERKSTED_LEDELSE)!;
    expect(joinQrOf(WORKSHOP, VERKSTED_LEDELSE, BASE)).toEqual({
      status: 'ready',
      url: joinUrl(BASE, join),
      code: shortCode(join),
    });
  });

  it('has no link without a group, nor for a group that cannot make one', () => {
    expect(joinQrOf(null, VERKSTED_LEDELSE, BASE)).toEqual({ status: 'no-group' });
    expect(joinQrOf({ ...WORKSHOP, seats: 1 }, VERKSTED_LEDELSE, BASE)).toEqual({ status: 'invalid' });
  });
});

describe('the big join QR code', () => {
  it('opens with Q over the presentation, with the code and address, and Esc closes it first', async () => {
    await present(SESSION, 'Verksted ledelse: nærvær');
    const join = groupJoin(WORKSHOP, VERKSTED_LEDELSE)!;
    key('q');
    const view = qrView()!;
    expect(view.querySelector('.join-qr-code strong')?.textContent).toBe(shortCode(join));
    const url = view.querySelector('.join-qr-url')?.textContent ?? '';
    expect(`http://${url}`).toBe(joinUrl(`${location.origin}${location.pathname}`, join));
    expect(screen.getByRole('img', { name: 'QR-kode for å bli med i workshopen' })).toBeTruthy();
    // jsdom's page is on localhost: the presenter is told, above the code.
    expect(screen.getByRole('alert').textContent).toContain('Denne adressen virker bare på denne maskinen');
    expect(screen.getByRole('button', { name: 'Vis QR-kode' }).getAttribute('aria-expanded')).toBe('true');
    // The controls under it are out of reach until it closes.
    expect(document.querySelector('.presenter-layout')?.hasAttribute('inert')).toBe(true);
    // Focus moves into the view (a screen reader starts there); the clicker still steers the run.
    expect(document.activeElement).toBe(view);
    key('PageDown');
    expect(screen.getByRole('region', { name: 'Storskjermen' }).textContent).toContain('Runde 2 av 4');
    act(() => void fireEvent.keyDown(view, { key: ' ' }));
    expect(screen.getByRole('button', { name: 'Pause', hidden: true })).toBeTruthy();
    key('Escape');
    expect(qrView()).toBeNull();
    expect(screen.queryByText(/Trykk Esc en gang til/)).toBeNull();
    key('Q');
    expect(qrView()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lukk (Esc)' }));
    expect(qrView()).toBeNull();
  });

  it('is shown by the audience window while the presenter shows it, and Q there asks for it', async () => {
    const heard: PresenterMessage[] = [];
    const presenter = openPresenterChannel(WORKSHOP.id, (m) => heard.push(m));
    try {
      await present(`${SESSION}&view=audience`, 'Verksted ledelse: nærvær');
      const timer = createTimer(180_000);
      const state = { step: 0, round: 0, timer, blank: false, muted: false };
      act(() => presenter.post({ type: 'state', state: { ...state, qr: true } }));
      await screen.findByRole('img', { name: 'QR-kode for å bli med i workshopen' });
      const join = groupJoin(WORKSHOP, VERKSTED_LEDELSE)!;
      expect(qrView()?.textContent).toContain(shortCode(join));
      // The room sees the code, not the facilitator's address trouble nor a button.
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.queryByRole('button')).toBeNull();
      key('Escape');
      key('q');
      await expect
        .poll(() => heard.filter((m) => m.type === 'command'))
        .toEqual([
          { type: 'command', command: 'hide-qr' },
          { type: 'command', command: 'toggle-qr' },
        ]);
      act(() => presenter.post({ type: 'state', state: { ...state, qr: false } }));
      await expect.poll(() => qrView()).toBeNull();
    } finally {
      presenter.close();
    }
  });

  it('explains, for a plan presented without a group, how to get a code', async () => {
    await present('#/present?template=verksted-ledelse', 'Verksted ledelse: nærvær');
    key('q');
    const view = screen.getByRole('region', { name: 'Ingen QR-kode ennå' });
    expect(view.textContent).toContain('«Sett opp gruppen»');
    expect(view.querySelector('svg')).toBeNull();
    key('Escape');
    expect(screen.queryByRole('region', { name: 'Ingen QR-kode ennå' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Vis QR-kode' }));
    expect(screen.getByRole('region', { name: 'Ingen QR-kode ennå' })).toBeTruthy();
  });

  it('ignores Q while the facilitator types a note', async () => {
    await present('#/present?template=verksted-ledelse', 'Verksted ledelse: nærvær');
    const notes = screen.getByRole('textbox', { name: /Dine notater til dette steget/ });
    notes.focus();
    act(() => void fireEvent.keyDown(notes, { key: 'q' }));
    expect(screen.queryByRole('region', { name: 'Ingen QR-kode ennå' })).toBeNull();
  });

  it('lists Q in the key legend', async () => {
    await present('#/present?template=verksted-ledelse', 'Verksted ledelse: nærvær');
    key('?');
    const legend = screen.getByRole('region', { name: 'Hurtigtaster' });
    const row = [...legend.querySelectorAll('.key-legend-row')].find(
      (r) => r.querySelector('kbd')?.textContent === 'Q',
    );
    expect(row?.querySelector('dd')?.textContent).toBe('Vis eller skjul QR-koden for å bli med');
  });
});
