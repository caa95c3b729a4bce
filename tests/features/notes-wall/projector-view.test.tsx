// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../../src/domain/notes/note-types.ts';
import { ProjectorView } from '../../../src/features/notes-wall/projector/projector-view.tsx';
import { initI18n } from '../../../src/i18n/init.ts';
import { loadCardDecks } from '../presenter/load-decks.ts';

const decks = loadCardDecks();
const CARD_1 = 'naervaer/naervaer-001';
const CARD_2 = 'naervaer/naervaer-002';

const note = (id: string, cardRef: string, text: string, at: number, extra: Partial<Note> = {}): Note => ({
  id,
  sessionId: 'K7M4QX',
  cardRef,
  text,
  createdAt: at,
  updatedAt: at,
  ...extra,
});

const NOTES: Note[] = [
  note('n1', CARD_1, 'Tillit tar tid, og tid er det vi mangler.', 1, { seat: 3, author: 'Kari' }),
  note('n2', CARD_1, 'Vi trenger tid til å lytte.', 2, { seat: 5 }),
  note('n3', CARD_2, 'Ærlige samtaler om fravær.', 3, { seat: 3, author: 'Kari' }),
  note('n4', CARD_1, 'Tillit bygges i små møter.', 4, { seat: 4, author: 'Per' }),
];

beforeAll(async () => {
  await initI18n('nb');
});
afterEach(cleanup);

const press = (key: string) => act(() => void fireEvent.keyDown(window, { key }));
const notesShown = () =>
  screen.queryAllByRole('listitem').map((li) => li.querySelector('.projector-note-text')?.textContent);
const status = () => screen.getByRole('status').textContent;

function renderView(onLeave = vi.fn()) {
  const view = render(
    <ProjectorView title="Verksted" notes={NOTES} decks={decks} lang="nb" onLeave={onLeave} />,
  );
  return { ...view, onLeave };
}

describe('the notes wall on the projector', () => {
  it('opens on the first card with its notes hidden, in the projector theme', () => {
    renderView();
    expect(document.documentElement.dataset.presenting).toBe('presenter');
    expect(screen.getByText('Verksted · Kort 1 av 2')).toBeTruthy();
    expect(document.querySelector(`[data-card="${CARD_1}"]`)).not.toBeNull();
    expect(status()).toBe('0 av 3 notater vises');
    expect(notesShown()).toEqual([]);
    cleanup();
    expect(document.documentElement.dataset.presenting).toBeUndefined();
  });

  it('reveals one note at a time with the clicker keys, oldest first, then all and none with V', () => {
    renderView();
    press('.');
    expect(notesShown()).toEqual(['Tillit tar tid, og tid er det vi mangler.']);
    expect(status()).toBe('1 av 3 notater vises');
    press('b');
    press(' ');
    expect(notesShown()).toEqual([
      'Tillit tar tid, og tid er det vi mangler.',
      'Vi trenger tid til å lytte.',
      'Tillit bygges i små møter.',
    ]);
    expect(status()).toBe('3 av 3 notater vises');
    const revealButton = screen.getByRole('button', { name: 'Vis neste notat' });
    expect(revealButton.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(revealButton);
    expect(notesShown()).toHaveLength(3);
    press('V');
    expect(notesShown()).toEqual([]);
    press('v');
    expect(notesShown()).toHaveLength(3);
    // Typing is never taken for a key (a text field somewhere on the page).
    const field = document.body.appendChild(document.createElement('input'));
    fireEvent.keyDown(field, { key: 'v' });
    expect(notesShown()).toHaveLength(3);
    field.remove();
  });

  it('shows who wrote only when A is pressed, and hides it again', () => {
    renderView();
    press('V');
    expect(screen.queryByText(/Kari/)).toBeNull();
    press('a');
    expect(screen.getByText('— Kari, Plass 3')).toBeTruthy();
    expect(screen.getByText('— Plass 5')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Vis hvem som skrev' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    press('A');
    expect(screen.queryByText(/Kari/)).toBeNull();
  });

  it('moves between cards with PageDown/PageUp and the arrows, each card keeping what was revealed', () => {
    renderView();
    press('.');
    press('PageDown');
    expect(screen.getByText('Verksted · Kort 2 av 2')).toBeTruthy();
    expect(document.querySelector(`[data-card="${CARD_2}"]`)).not.toBeNull();
    expect(status()).toBe('0 av 1 notat vises');
    press('ArrowRight'); // the last card stays
    expect(screen.getByText('Verksted · Kort 2 av 2')).toBeTruthy();
    press('.');
    expect(notesShown()).toEqual(['Ærlige samtaler om fravær.']);
    press('ArrowLeft');
    expect(notesShown()).toEqual(['Tillit tar tid, og tid er det vi mangler.']);
    press('PageUp'); // the first card stays
    expect(screen.getByText('Verksted · Kort 1 av 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Neste kort' }));
    expect(notesShown()).toEqual(['Ærlige samtaler om fravær.']);
  });

  it('shows and hides the key legend with «?», and leaves with Esc', () => {
    const { onLeave } = renderView();
    const legend = screen.getByRole('region', { name: 'Taster på projektoren' });
    expect(within(legend).getByText('vis neste notat')).toBeTruthy();
    press('?');
    expect(screen.queryByRole('region', { name: 'Taster på projektoren' })).toBeNull();
    expect(onLeave).not.toHaveBeenCalled();
    press('Escape');
    expect(onLeave).toHaveBeenCalledOnce();
  });

  it('counts a note that arrives while the view is open, and a fully shown card shows it at once', () => {
    const onLeave = vi.fn();
    const { rerender } = renderView(onLeave);
    const arrived = [...NOTES, note('n5', CARD_1, 'Nytt notat fra rommet.', 5, { seat: 6 })];
    rerender(<ProjectorView title="Verksted" notes={arrived} decks={decks} lang="nb" onLeave={onLeave} />);
    expect(status()).toBe('0 av 4 notater vises');
    press('V');
    const more = [...arrived, note('n6', CARD_1, 'Enda et.', 6)];
    rerender(<ProjectorView title="Verksted" notes={more} decks={decks} lang="nb" onLeave={onLeave} />);
    expect(status()).toBe('5 av 5 notater vises');
    expect(notesShown()).toContain('Enda et.');
  });

  it('draws a word cloud of the card with O: frequent words, no stop words', async () => {
    // jsdom has no canvas: the layout measures on a stand-in whose every glyph is a checkerboard
    // (so words get placed; where is the browser test's business, not this one's).
    const context = {
      measureText: (text: string) => ({ width: text.length * 10 }),
      getImageData: (_x: number, _y: number, w: number, h: number) => {
        const data = new Uint8ClampedArray(w * h * 4);
        for (let p = 0; p < w * h; p += 1) if (((p % w) + Math.floor(p / w)) % 2 === 0) data[p * 4] = 255;
        return { data };
      },
      clearRect() {},
      save() {},
      restore() {},
      translate() {},
      rotate() {},
      fillText() {},
      strokeText() {},
    };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
      context as unknown as CanvasRenderingContext2D,
    );
    renderView();
    press('o');
    const cloud = await screen.findByRole('img', { name: /^Ordsky av notatene: tid \(3\), tillit \(2\)/ });
    const words = [...cloud.querySelectorAll('text')].map((t) => t.textContent);
    expect(words.slice(0, 2)).toEqual(['tid', 'tillit']);
    for (const stop of ['og', 'er', 'det', 'vi', 'til', 'å', 'i']) expect(words).not.toContain(stop);
    expect(cloud.querySelector('[style]')).toBeNull();
    press('O');
    expect(screen.queryByRole('img')).toBeNull();
  });
});
