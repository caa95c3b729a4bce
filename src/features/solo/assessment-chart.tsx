import { useId } from 'react';
import { LEADERSHIP_FUNCTIONS } from '../../domain/notes/journal-backup.ts';
import type { Ratings } from './journal-records.ts';

const WIDTH = 640;
const ROW = 64;
const TOP = 24;
const BAR_MAX = 560;
const x = (score: number) => (score / 5) * BAR_MAX;

type AssessmentChartProps = {
  title: string;
  /** A sentence per function, read by screen readers instead of the drawing. */
  description: string;
  labels: readonly string[];
  now: Ratings;
  before: Ratings | null;
};

/**
 * The six scores as horizontal bars drawn by the app (no chart library). The earlier assessment,
 * when compared, is a thinner outlined bar under each score, so the two differ by shape as well
 * as colour. One image for assistive technology; the table beside it holds the same numbers.
 */
export function AssessmentChart({ title, description, labels, now, before }: AssessmentChartProps) {
  const id = useId();
  const height = TOP + LEADERSHIP_FUNCTIONS.length * ROW;
  return (
    <svg
      className="assessment-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {[1, 2, 3, 4, 5].map((tick) => (
        <g key={tick} className="chart-grid">
          <line x1={x(tick)} x2={x(tick)} y1={TOP - 6} y2={height} />
          <text x={x(tick)} y={TOP - 10} textAnchor="middle">
            {tick}
          </text>
        </g>
      ))}
      {LEADERSHIP_FUNCTIONS.map((key, i) => {
        const y = TOP + i * ROW;
        const score = now[key].score;
        const earlier = before?.[key].score;
        return (
          <g key={key}>
            <text className="chart-label" x={4} y={y + 16}>
              {labels[i]}
            </text>
            <rect className="chart-now" x={0} y={y + 22} width={x(score)} height={18} rx={3} />
            <text className="chart-value" x={x(score) + 8} y={y + 36}>
              {score}
            </text>
            {earlier !== undefined && (
              <rect className="chart-before" x={1} y={y + 45} width={x(earlier) - 2} height={8} rx={2} />
            )}
          </g>
        );
      })}
    </svg>
  );
}
