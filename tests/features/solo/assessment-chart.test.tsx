// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LEADERSHIP_FUNCTIONS } from '../../../src/domain/notes/journal-backup.ts';
import { AssessmentChart } from '../../../src/features/solo/assessment-chart.tsx';
import { AssessmentTable } from '../../../src/features/solo/assessment-table.tsx';
import type { Ratings } from '../../../src/features/solo/journal-records.ts';
import { initI18n } from '../../../src/i18n/init.ts';

beforeAll(() => initI18n('nb'));
afterEach(cleanup);

const ratings = (scores: number[]) =>
  Object.fromEntries(
    LEADERSHIP_FUNCTIONS.map((k, i) => [k, { score: scores[i], note: i === 1 ? 'Budsjett' : '' }]),
  ) as Ratings;
const NOW = ratings([3, 4, 2, 3, 5, 1]);
const BEFORE = ratings([2, 4, 3, 3, 5, 1]);
const LABELS = LEADERSHIP_FUNCTIONS.map((k) => `L ${k}`);

describe('assessment chart and table', () => {
  it('is one image with a title and a description, bars as wide as the scores', () => {
    const { container } = render(
      <AssessmentChart
        title="Egenvurdering i dag"
        description="L a: 3 av 5"
        labels={LABELS}
        now={NOW}
        before={BEFORE}
      />,
    );
    const img = screen.getByRole('img', { name: 'Egenvurdering i dag' });
    expect(img.getAttribute('aria-describedby')).toBeTruthy();
    expect(container.querySelector('desc')?.textContent).toBe('L a: 3 av 5');
    const widths = [...container.querySelectorAll('.chart-now')].map((r) => Number(r.getAttribute('width')));
    expect(widths).toEqual([3, 4, 2, 3, 5, 1].map((s) => (s / 5) * 560));
    expect(container.querySelectorAll('.chart-before')).toHaveLength(6);
  });

  it('has a real table with the scores, the change and the notes', () => {
    render(<AssessmentTable caption="Egenvurdering i dag" labels={LABELS} now={NOW} before={BEFORE} />);
    const table = screen.getByRole('table', { name: 'Egenvurdering i dag' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(7);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Ledelsesfunksjon', 'Score', 'Før', 'Endring', 'Notat']);
    expect(rows[1]?.textContent).toBe(`${LABELS[0]}32+1`);
    expect(rows[2]?.textContent).toBe(`${LABELS[1]}440Budsjett`);
    expect(rows[3]?.textContent).toBe(`${LABELS[2]}23−1`);
  });
});
