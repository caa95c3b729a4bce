// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QrCode } from '../../../src/components/qr-code.tsx';
import { decodeJoin } from '../../../src/domain/join/decode-join.ts';
import { shortCode } from '../../../src/domain/join/short-code.ts';
import { VERKSTED_LEDELSE } from '../../../src/domain/workshop/template-verksted-ledelse.ts';
import type { WorkshopSession } from '../../../src/domain/workshop/workshop-session.ts';
import { groupJoin } from '../../../src/domain/workshop/group-join.ts';
import { displayUrl, joinUrl } from '../../../src/domain/join/join-url.ts';
import { currentAppBase } from '../../../src/lib/app-base.ts';
import { SeatCardsView } from '../../../src/features/workshop/seat-cards-view.tsx';
import { initI18n } from '../../../src/i18n/init.ts';
import { getWorkshopStore } from '../../../src/storage/workshop-store.ts';

const WORKSHOP: WorkshopSession = {
  id: 'okt-plasskort',
  sheetId: VERKSTED_LEDELSE.id,
  title: 'Nærværsverksted',
  seed: 424242,
  seats: 6,
  groups: 2,
  mode: 'sit-out',
  cardsPerSeat: 4,
  decks: [{ id: 'naervaer', version: 1 }],
  createdAt: 0,
};
const JOIN = groupJoin(WORKSHOP, VERKSTED_LEDELSE)!;

/** The path data of a QR code: two codes with the same modules carry the same text. */
const modules = (svg: Element) => svg.querySelectorAll('path')[1]?.getAttribute('d');

beforeAll(async () => {
  await initI18n('nb');
  await getWorkshopStore().putSheet(VERKSTED_LEDELSE, 1);
  await getWorkshopStore().putSession(WORKSHOP);
});
afterEach(cleanup);

describe('SeatCardsView', () => {
  it("prints one card per seat: its number, the session's code and a QR code of the seat's link", async () => {
    render(<SeatCardsView sessionId={WORKSHOP.id} />);
    const list = await screen.findByRole('list', { name: 'Plasskort for 6 plasser' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Plasskort: Nærværsverksted');
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeTruthy();
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(6);
    // jsdom's page is on localhost: one warning above the cards, none on a card.
    const [alert, ...more] = screen.getAllByRole('alert');
    expect(more).toHaveLength(0);
    expect(alert?.textContent).toContain('Denne adressen virker bare på denne maskinen');
    expect(within(list).queryByRole('alert')).toBeNull();
    const code = shortCode(JOIN);
    const seen = new Set<string | null | undefined>();
    cards.forEach((card, i) => {
      const seat = i + 1;
      const url = joinUrl(currentAppBase(), { ...JOIN, seat });
      expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe(`Plass ${seat}`);
      expect(within(card).getByText(code)).toBeTruthy();
      expect(card.querySelector('.seat-card-url')?.textContent).toBe(displayUrl(url));
      expect(decodeJoin(new URL(url).hash.slice(1))).toEqual({
        ok: true,
        session: { ...JOIN, seat },
      });
      const qr = within(card).getByRole('img', { name: `QR-kode med lenken til plass ${seat}` });
      const expected = render(<QrCode value={url} label="x" />).container.querySelector('svg')!;
      expect(modules(qr)).toBe(modules(expected));
      seen.add(modules(qr));
    });
    expect(seen.size).toBe(6);
  });

  it('says so when the group is not on this device', async () => {
    render(<SeatCardsView sessionId="finnes-ikke" />);
    expect(await screen.findByText('Fant ikke gruppen på denne enheten. Den kan være slettet.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: /Plasskort/ })).toBeNull();
  });
});
