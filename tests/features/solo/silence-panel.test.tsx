// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SILENCE_TIMER_KEY } from '../../../src/features/solo/session-storage.ts';
import { SilencePanel } from '../../../src/features/solo/silence-panel.tsx';
import { initI18n } from '../../../src/i18n/init.ts';
import { useAppStore } from '../../../src/store/store.ts';

beforeAll(() => initI18n('nb'));
beforeEach(() => sessionStorage.clear());
afterEach(cleanup);

const holds = () => useAppStore.getState().updateHolds;

describe('SilencePanel', () => {
  it('opens the silent round, holds the update banner while it runs, and lets go when closed', () => {
    let done = 0;
    render(<SilencePanel question="Hva gir tillit?" onDone={() => (done += 1)} />);
    expect(holds()).not.toContain('solo');
    fireEvent.click(screen.getByRole('button', { name: '2 minutter stille stund' }));
    const dialog = screen.getByRole('dialog', { name: 'Stille stund' });
    expect(dialog.textContent).toContain('Hva gir tillit?');
    expect(screen.getByRole('timer').className).toBe('visually-hidden');
    expect(holds()).toContain('solo');
    expect(sessionStorage.getItem(SILENCE_TIMER_KEY)).not.toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Tilbake til kortet' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(holds()).not.toContain('solo');
    expect(sessionStorage.getItem(SILENCE_TIMER_KEY)).toBeNull();
    expect(done).toBe(1);
  });

  it('remembers the chosen length', () => {
    render(<SilencePanel question={null} onDone={() => undefined} />);
    act(() => {
      fireEvent.change(screen.getByRole('combobox', { name: 'Lengde' }), { target: { value: '5' } });
    });
    expect(useAppStore.getState().solo.silenceMinutes).toBe(5);
    expect(screen.getByRole('button', { name: '5 minutter stille stund' })).toBeTruthy();
  });
});
