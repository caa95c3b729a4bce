// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VERKSTED_LEDELSE } from '../../../src/domain/workshop/template-verksted-ledelse.ts';
import type { WorkshopSession } from '../../../src/domain/workshop/workshop-session.ts';
import { SessionView } from '../../../src/features/workshop/session-view.tsx';
import { initI18n } from '../../../src/i18n/init.ts';
import { getWorkshopStore } from '../../../src/storage/workshop-store.ts';
import { useAppStore } from '../../../src/store/store.ts';

// The join address is the page's own: jsdom's URL stands in for where Kortstokk was opened from.
declare const jsdom: { reconfigure: (options: { url: string }) => void };

const WORKSHOP: WorkshopSession = {
  id: 'okt-adresse',
  sheetId: VERKSTED_LEDELSE.id,
  title: 'Nærværsverksted',
  seed: 777,
  seats: 8,
  groups: 2,
  mode: 'sit-out',
  cardsPerSeat: 4,
  decks: [{ id: 'naervaer', version: 1 }],
  createdAt: 0,
};

beforeAll(async () => {
  await initI18n('nb');
  // Loaded here, not by the screen after the test has ended (jsdom would be gone by then).
  await useAppStore.getState().loadDecks();
  await getWorkshopStore().putSheet(VERKSTED_LEDELSE, 1);
  await getWorkshopStore().putSession(WORKSHOP);
});
afterEach(cleanup);

/** Renders the «Bli med» screen as if Kortstokk was opened from `url`; resolves once the QR code is there. */
async function openAt(url: string) {
  jsdom.reconfigure({ url });
  render(<SessionView sessionId={WORKSHOP.id} />);
  await screen.findByRole('img', { name: /QR-kode/ });
}

describe('SessionView: the join address', () => {
  it('warns above the QR code when Kortstokk was opened from localhost', async () => {
    await openAt('http://localhost:4173/');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Denne adressen virker bare på denne maskinen');
    const qr = screen.getByRole('img', { name: /QR-kode/ });
    expect(alert.compareDocumentPosition(qr) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.querySelector('.join-url')?.textContent).toMatch(/^localhost:4173\/join\/#v=1/);
  });

  it('says nothing when it was opened from a public HTTPS address', async () => {
    await openAt('https://kortstokk.kommune.example/verksted/');
    expect(document.querySelector('.join-url')?.textContent).toMatch(
      /^kortstokk\.kommune\.example\/verksted\/join\/#v=1/,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('note')).toBeNull();
  });
});
