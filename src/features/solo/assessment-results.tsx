import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LEADERSHIP_FUNCTIONS, type Assessment } from '../../domain/notes/journal-backup.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { formatDate } from '../../lib/format-date.ts';
import { AssessmentChart } from './assessment-chart.tsx';
import { AssessmentTable } from './assessment-table.tsx';

type AssessmentResultsProps = {
  /** Oldest first. */
  assessments: readonly Assessment[];
  shownId: string | null;
  compareId: string | null;
  onShow: (id: string) => void;
  onCompare: (id: string | null) => void;
};

/** One assessment as a chart and a table, optionally beside an earlier one the user picks. */
export function AssessmentResults({
  assessments,
  shownId,
  compareId,
  onShow,
  onCompare,
}: AssessmentResultsProps) {
  const { t } = useTranslation('solo');
  const lang = useContentLang();
  const id = useId();
  const newestFirst = [...assessments].reverse();
  const shown = assessments.find((a) => a.id === shownId) ?? newestFirst[0];
  if (!shown) return <p className="solo-empty">{t('assessment.none')}</p>;
  const before = assessments.find((a) => a.id === compareId && a.id !== shown.id) ?? null;
  const date = (a: Assessment) => formatDate(a.createdAt, lang, { time: true });
  const labels = LEADERSHIP_FUNCTIONS.map((key) => t(`functions.${key}`));
  const title = before
    ? t('assessment.chartTitleCompared', { date: date(shown), earlier: date(before) })
    : t('assessment.chartTitle', { date: date(shown) });
  const description = LEADERSHIP_FUNCTIONS.map((key, i) =>
    before
      ? t('assessment.chartDescCompared', {
          label: labels[i],
          score: shown.ratings[key].score,
          earlier: before.ratings[key].score,
        })
      : t('assessment.chartDesc', { label: labels[i], score: shown.ratings[key].score }),
  ).join('. ');
  return (
    <div className="assessment-results">
      <div className="assessment-pickers">
        <div className="solo-field">
          <label htmlFor={`${id}-show`}>{t('assessment.show')}</label>
          <select id={`${id}-show`} value={shown.id} onChange={(e) => onShow(e.target.value)}>
            {newestFirst.map((a) => (
              <option key={a.id} value={a.id}>
                {date(a)}
              </option>
            ))}
          </select>
        </div>
        <div className="solo-field">
          <label htmlFor={`${id}-compare`}>{t('assessment.compare')}</label>
          <select
            id={`${id}-compare`}
            value={before?.id ?? ''}
            onChange={(e) => onCompare(e.target.value || null)}
          >
            <option value="">{t('assessment.noCompare')}</option>
            {newestFirst
              .filter((a) => a.id !== shown.id)
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {date(a)}
                </option>
              ))}
          </select>
        </div>
      </div>
      <AssessmentChart
        title={title}
        description={description}
        labels={labels}
        now={shown.ratings}
        before={before?.ratings ?? null}
      />
      {before && (
        <ul className="chart-legend" aria-hidden="true">
          <li className="chart-legend-now">{t('assessment.legendNow')}</li>
          <li className="chart-legend-before">{t('assessment.legendBefore')}</li>
        </ul>
      )}
      <AssessmentTable caption={title} labels={labels} now={shown.ratings} before={before?.ratings ?? null} />
    </div>
  );
}
