// @vitest-environment jsdom
import { StrictMode } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimerDisplay } from '../../../src/components/timer/timer-display.tsx';
import { useTimer } from '../../../src/hooks/use-timer.ts';
import { initI18n } from '../../../src/i18n/init.ts';

function Round({ durationMs }: { durationMs: number }) {
  const timer = useTimer({ durationMs });
  return (
    <>
      <TimerDisplay remainingMs={timer.remainingMs} status={timer.status} announcement={timer.announcement} />
      <button type="button" onClick={() => timer.start()}>
        go
      </button>
      <button type="button" onClick={() => timer.extend(10_000)}>
        more
      </button>
    </>
  );
}

const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

const liveText = () => screen.getByRole('status').textContent;
const clockText = () => screen.getByRole('timer').textContent;

beforeAll(() => initI18n('nb'));
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2025, 0, 6, 9));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('TimerDisplay', () => {
  it('shows mm:ss in a role=timer, with a polite live region beside it', () => {
    render(<Round durationMs={2 * 60_000} />);
    expect(clockText()).toContain('02:00');
    const live = screen.getByRole('status');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('timer').contains(live)).toBe(false);
    expect(live.textContent).toBe('');
  });

  it('announces only the start, one minute left and the end, never each second', () => {
    render(
      <StrictMode>
        <Round durationMs={3 * 60_000} />
      </StrictMode>,
    );
    press('go');
    const said = [liveText()];
    const clocks = new Set<string | null>();
    for (let s = 0; s < 200; s += 1) {
      act(() => vi.advanceTimersByTime(1_000));
      clocks.add(clockText());
      if (liveText() !== said.at(-1)) said.push(liveText());
    }
    expect(clocks.size).toBeGreaterThan(150); // the digits did move every second
    expect(said).toEqual(['Tidtakeren er startet', 'Ett minutt igjen', 'Tiden er ute']);
    expect(screen.getByText('Tiden er ute', { selector: '.timer-end' })).toBeTruthy();
  });

  it('says the end again, as a new node, when an extended round runs out again', () => {
    render(<Round durationMs={60_000} />);
    press('go');
    act(() => vi.advanceTimersByTime(61_000));
    const first = screen.getByRole('status').firstElementChild;
    press('more');
    act(() => vi.advanceTimersByTime(11_000));
    const second = screen.getByRole('status').firstElementChild;
    expect(second?.textContent).toBe('Tiden er ute');
    expect(second).not.toBe(first);
  });

  it('keeps the digits off screen but readable when showTime is false', () => {
    render(<TimerDisplay remainingMs={65_400} status="running" announcement={null} showTime={false} />);
    const clock = screen.getByRole('timer');
    expect(clock.className).toBe('visually-hidden');
    expect(clock.textContent).toBe('Tid igjen: 01:06');
  });
});
