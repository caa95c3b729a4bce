import { useTranslation } from 'react-i18next';
import { LEADERSHIP_FUNCTIONS } from '../../domain/notes/journal-backup.ts';
import type { Ratings } from './journal-records.ts';

type AssessmentTableProps = {
  caption: string;
  labels: readonly string[];
  now: Ratings;
  before: Ratings | null;
};

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** The chart's numbers as a real table (and the notes, which the chart has no room for). */
export function AssessmentTable({ caption, labels, now, before }: AssessmentTableProps) {
  const { t } = useTranslation('solo');
  return (
    <table className="assessment-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('assessment.function')}</th>
          <th scope="col">{t('assessment.now')}</th>
          {before && <th scope="col">{t('assessment.before')}</th>}
          {before && <th scope="col">{t('assessment.change')}</th>}
          <th scope="col">{t('assessment.noteColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {LEADERSHIP_FUNCTIONS.map((key, i) => (
          <tr key={key}>
            <th scope="row">{labels[i]}</th>
            <td>{now[key].score}</td>
            {before && <td>{before[key].score}</td>}
            {before && <td>{signed(now[key].score - before[key].score)}</td>}
            <td className="assessment-table-note">{now[key].note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
