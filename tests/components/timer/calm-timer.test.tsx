// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CalmTimer } from '../../../src/components/timer/calm-timer.tsx';
import { TimerRing } from '../../../src/components/timer/timer-ring.tsx';
import { changeLanguage, initI18n } from '../../../src/i18n/init.ts';

beforeAll(() => initI18n('nb'));
afterEach(async () => {
  cleanup();
  await changeLanguage('nb');
});

const calm = (status: 'running' | 'finished', remainingMs = 80_000) => (
  <CalmTimer remainingMs={remainingMs} status={status} progress={0.3} announcement={null} />
);

describe('CalmTimer', () => {
  it('shows no numbers until the user asks, and hides them again', () => {
    render(calm('running'));
    expect(screen.getByRole('timer').className).toBe('visually-hidden');
    fireEvent.click(screen.getByRole('button', { name: 'Vis tid' }));
    expect(screen.getByRole('timer').className).toBe('timer-digits');
    expect(screen.getByRole('timer').textContent).toContain('01:20');
    fireEvent.click(screen.getByRole('button', { name: 'Skjul tid' }));
    expect(screen.getByRole('timer').className).toBe('visually-hidden');
  });

  it('ends softly: a changed state and the words, in every language', async () => {
    const { container } = render(calm('finished', 0));
    expect(container.querySelector('.calm-timer')?.getAttribute('data-status')).toBe('finished');
    expect(container.querySelector('.timer-ring')?.getAttribute('data-status')).toBe('finished');
    expect(screen.getByText('Tiden er ute')).toBeTruthy();
    cleanup();
    await changeLanguage('nn');
    render(calm('finished', 0));
    expect(screen.getByText('Tida er ute')).toBeTruthy();
    cleanup();
    await changeLanguage('en');
    render(calm('finished', 0));
    expect(screen.getByText('Time is up')).toBeTruthy();
  });
});

describe('TimerRing', () => {
  it('is decorative and fills with the elapsed share', () => {
    const { container, rerender } = render(<TimerRing progress={0} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    const fill = () => container.querySelector<SVGCircleElement>('.timer-ring-fill')!;
    const full = Number(fill().getAttribute('stroke-dasharray'));
    expect(Number(fill().style.strokeDashoffset)).toBeCloseTo(full);
    rerender(<TimerRing progress={0.25} />);
    expect(Number(fill().style.strokeDashoffset)).toBeCloseTo(full * 0.75);
    rerender(<TimerRing progress={7} />);
    expect(Number(fill().style.strokeDashoffset)).toBeCloseTo(0);
  });
});
