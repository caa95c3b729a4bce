// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TimerControls } from '../../../src/components/timer/timer-controls.tsx';
import type { TimerStatus } from '../../../src/domain/timer/timer-read.ts';
import { initI18n } from '../../../src/i18n/init.ts';

beforeAll(() => initI18n('nb'));
afterEach(cleanup);

const handlers = () => ({ onToggle: vi.fn(), onExtend: vi.fn(), onReset: vi.fn() });

describe('TimerControls', () => {
  it('names the toggle by what it will do', () => {
    const cases: [TimerStatus, string][] = [
      ['idle', 'Start'],
      ['running', 'Pause'],
      ['paused', 'Fortsett'],
      ['finished', 'Start på nytt'],
    ];
    for (const [status, label] of cases) {
      render(<TimerControls status={status} {...handlers()} />);
      expect(screen.getByRole('button', { name: label }), status).toBeTruthy();
      cleanup();
    }
  });

  it('calls its handlers without passing the click event on', () => {
    const h = handlers();
    render(<TimerControls status="running" {...h} />);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    fireEvent.click(screen.getByRole('button', { name: '+1 min' }));
    fireEvent.click(screen.getByRole('button', { name: 'Nullstill' }));
    expect(h.onToggle).toHaveBeenCalledWith();
    expect(h.onExtend).toHaveBeenCalledWith();
    expect(h.onReset).toHaveBeenCalledWith();
    expect(screen.getByRole('group', { name: 'Tidtaker' })).toBeTruthy();
  });

  it('offers a pressed/unpressed sound-off toggle only when asked to', () => {
    const onMutedChange = vi.fn();
    const { rerender } = render(<TimerControls status="idle" {...handlers()} />);
    expect(screen.queryByRole('button', { name: 'Lyd av' })).toBeNull();
    rerender(<TimerControls status="idle" {...handlers()} muted onMutedChange={onMutedChange} />);
    const mute = screen.getByRole('button', { name: 'Lyd av' });
    expect(mute.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(mute);
    expect(onMutedChange).toHaveBeenCalledWith(false);
  });

  it('labels other extensions in minutes', () => {
    render(<TimerControls status="idle" {...handlers()} extendMs={5 * 60_000} />);
    expect(screen.getByRole('button', { name: '+5 min' })).toBeTruthy();
  });
});
