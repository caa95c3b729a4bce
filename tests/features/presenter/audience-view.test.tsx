// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { start } from '../../../src/domain/timer/timer-actions.ts';
import { createTimer } from '../../../src/domain/timer/timer-state.ts';
import { PresenterPage } from '../../../src/features/presenter/presenter-page.tsx';
import { initI18n } from '../../../src/i18n/init.ts';
import { openPresenterChannel, type PresenterMessage } from '../../../src/lib/presenter-channel.ts';
import { useAppStore } from '../../../src/store/store.ts';
import { loadCardDecks } from './load-decks.ts';

beforeAll(async () => {
  await initI18n('nb');
  useAppStore.setState({ decks: { status: 'ready', builtIn: loadCardDecks(), imported: [], failures: [] } });
});
afterEach(cleanup);

describe('the audience window', () => {
  it('asks for the state when it opens, draws what the presenter sends, and passes keys back', async () => {
    const heard: PresenterMessage[] = [];
    // The test plays the presenter window on the run's channel.
    const presenter = openPresenterChannel('template-verksted-ledelse', (m) => heard.push(m));
    try {
      window.location.hash = '#/present?template=verksted-ledelse&view=audience';
      render(<PresenterPage />);
      await screen.findByRole('heading', { level: 2, name: 'Speed-date' }, { timeout: 5000 });
      await act(async () => undefined); // let the key listeners (passive effects) attach
      await expect.poll(() => heard).toEqual([{ type: 'request' }]);
      expect(screen.queryByRole('button')).toBeNull(); // the room sees no controls

      const timer = start(createTimer(120_000), Date.now() - 30_000);
      act(() =>
        presenter.post({
          type: 'state',
          state: { step: 1, round: 0, timer, blank: false, muted: false, qr: false },
        }),
      );
      await screen.findByRole('heading', { level: 2, name: 'Stille stund' });
      // Drawn from the broadcast timestamps: half a minute gone, not a fresh two minutes.
      expect(screen.getByRole('timer').textContent).toMatch(/^Tid igjen: 01:[0-3]\d$/);

      act(() => void fireEvent.keyDown(window, { key: 'PageDown' }));
      act(() => void fireEvent.keyDown(window, { key: ' ' }));
      act(() => void fireEvent.keyDown(window, { key: 'b' }));
      await expect
        .poll(() => heard.slice(1))
        .toEqual([
          { type: 'command', command: 'next' },
          { type: 'command', command: 'toggle-timer' },
          { type: 'command', command: 'toggle-blank' },
        ]);

      act(() =>
        presenter.post({
          type: 'state',
          state: { step: 1, round: 0, timer, blank: true, muted: false, qr: false },
        }),
      );
      await screen.findByText('Storskjermen er blank. Trykk B for å vise den igjen.');
      act(() => presenter.post({ type: 'closed' }));
      await screen.findByText('Presentasjonen er avsluttet.');
    } finally {
      presenter.close();
    }
  });
});
