// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Notices } from '../../src/components/notices.tsx';
import { initI18n } from '../../src/i18n/init.ts';
import { useAppStore } from '../../src/store/store.ts';

beforeAll(() => initI18n('nb'));
beforeEach(() => {
  vi.useFakeTimers();
  useAppStore.setState({ notices: [] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const show = (leaveAfterMs?: number) =>
  act(() =>
    useAppStore.getState().showNotice({ id: 'ready', key: 'pwa.offlineReady', tone: 'info', leaveAfterMs }),
  );
const readyText = () => screen.queryByText('Kortstokk er klar til bruk uten nett.');

describe('Notices', () => {
  it('lets a passing notice leave by itself, so it does not cover a phone’s controls for good', () => {
    render(<Notices />);
    show(1_000);
    act(() => vi.advanceTimersByTime(999));
    expect(readyText()).not.toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(readyText()).toBeNull();
  });

  it('stays while focus is on it, and leaves after it is let go', () => {
    render(<Notices />);
    show(1_000);
    fireEvent.focus(screen.getByRole('button', { name: 'Lukk' }));
    act(() => vi.advanceTimersByTime(5_000));
    expect(readyText()).not.toBeNull();
    fireEvent.blur(screen.getByRole('button', { name: 'Lukk' }));
    act(() => vi.advanceTimersByTime(1_000));
    expect(readyText()).toBeNull();
  });

  it('keeps a notice without a time until it is closed', () => {
    render(<Notices />);
    show();
    act(() => vi.advanceTimersByTime(60_000));
    expect(readyText()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lukk' }));
    expect(readyText()).toBeNull();
  });
});
