// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PresenterPage } from '../../../src/features/presenter/presenter-page.tsx';
import { initI18n } from '../../../src/i18n/init.ts';
import { useAppStore } from '../../../src/store/store.ts';
import { loadCardDecks } from './load-decks.ts';

const TEMPLATE = '#/present?template=verksted-ledelse';
const key = (k: string, target: Element | Window = window) =>
  act(() => void fireEvent.keyDown(target, { key: k }));

beforeAll(async () => {
  await initI18n('nb');
  useAppStore.setState({ decks: { status: 'ready', builtIn: loadCardDecks(), imported: [], failures: [] } });
});
beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', `/${TEMPLATE}`);
});
afterEach(() => {
  cleanup();
  useAppStore.setState({ updateHolds: [] });
});

const mount = async () => {
  const view = render(<PresenterPage />);
  await screen.findByRole('heading', { level: 1, name: 'Verksted ledelse: nærvær' }, { timeout: 5000 });
  await act(async () => undefined); // let the key listeners (passive effects) attach
  return view;
};
const stage = () => screen.getByRole('region', { name: 'Storskjermen' });

describe('PresenterPage: keys', () => {
  it('steps through the speed-date rounds and back with clicker keys', async () => {
    await mount();
    expect(stage().textContent).toContain('Runde 1 av 4');
    expect(stage().textContent).toContain('Tenk deg en tjeneste der alle er på jobb');
    key('PageDown');
    expect(stage().textContent).toContain('Runde 2 av 4');
    key('ArrowRight');
    key('ArrowDown');
    key('PageDown');
    expect(screen.getByRole('heading', { level: 2, name: 'Stille stund' })).toBeTruthy();
    key('PageUp');
    expect(stage().textContent).toContain('Runde 4 av 4');
    key('ArrowLeft');
    key('ArrowUp');
    expect(stage().textContent).toContain('Runde 2 av 4');
  });

  it('starts and pauses the timer with Space, holding the update banner only while it runs', async () => {
    await mount();
    key(' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    expect(useAppStore.getState().updateHolds).toEqual(['presenter']);
    key(' ');
    expect(screen.getByRole('button', { name: 'Fortsett' })).toBeTruthy();
    expect(useAppStore.getState().updateHolds).toEqual([]);
  });

  it('ignores the keys while the facilitator types a note', async () => {
    await mount();
    const notes = screen.getByRole('textbox', { name: /Dine notater til dette steget/ });
    notes.focus();
    key('PageDown', notes);
    key(' ', notes);
    key('b', notes);
    expect(stage().textContent).toContain('Runde 1 av 4');
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });

  it('blanks with B or «.», leaves blank with Esc, and leaves presenting on a second Esc', async () => {
    await mount();
    key('b');
    expect(stage().textContent).toBe('Storskjermen er blank. Trykk B for å vise den igjen.');
    key('.');
    expect(stage().textContent).toContain('Speed-date');
    key('B');
    key('Escape');
    expect(stage().textContent).toContain('Speed-date');
    expect(window.location.hash).toBe(TEMPLATE);
    key('Escape');
    expect(screen.getByText('Trykk Esc en gang til for å avslutte presentasjonen.')).toBeTruthy();
    expect(window.location.hash).toBe(TEMPLATE);
    key('Escape');
    expect(window.location.pathname).toBe('/workshop/');
  });

  it('toggles the key legend with «?» and closes it with Esc before anything else', async () => {
    await mount();
    key('?');
    expect(screen.getByRole('region', { name: 'Hurtigtaster' })).toBeTruthy();
    key('Escape');
    expect(screen.queryByRole('region', { name: 'Hurtigtaster' })).toBeNull();
    expect(screen.queryByText(/Trykk Esc en gang til/)).toBeNull();
  });
});

describe('PresenterPage: windows and reloads', () => {
  it('keeps the place and the running timer over a reload', async () => {
    const first = await mount();
    key('PageDown');
    key('PageDown');
    key(' ');
    first.unmount();
    await mount();
    expect(stage().textContent).toContain('Runde 3 av 4');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
  });

  it('gives focus back to the page after a mouse click, so the clicker’s Space reaches the timer', async () => {
    await mount();
    const next = screen.getByRole('button', { name: 'Neste' });
    next.focus();
    fireEvent.click(next, { detail: 1 });
    expect(stage().textContent).toContain('Runde 2 av 4');
    expect(document.activeElement).not.toBe(next);
    const start = screen.getByRole('button', { name: 'Start' });
    start.focus();
    fireEvent.click(start, { detail: 0 }); // from the keyboard: focus stays
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pause' }));
  });

  it('opens the audience window by name, on the audience view of the same run', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Åpne publikumsvindu' }));
    expect(open).toHaveBeenCalledWith(
      '/present/?template=verksted-ledelse&view=audience',
      'kortstokk-audience',
      'popup',
    );
  });

  it('says so when the link names nothing this device has', async () => {
    window.location.hash = '#/present?sheet=not-here';
    render(<PresenterPage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke workshopen' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Til Workshop' }).getAttribute('href')).toBe('/workshop/');
  });
});
