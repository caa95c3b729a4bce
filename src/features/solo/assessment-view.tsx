import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentForm } from './assessment-form.tsx';
import { AssessmentResults } from './assessment-results.tsx';
import { SoloScreen } from './solo-screen.tsx';
import { useJournal } from './use-journal.ts';
import './assessment-view.css';

/** Self-assessment on the six leadership functions of seed 002, with the results over time. */
export function AssessmentView() {
  const { t } = useTranslation('solo');
  const { journal, loading } = useJournal();
  const [shownId, setShownId] = useState<string | null>(null);
  // Unset means «the one before the shown assessment», the natural comparison.
  const [compareId, setCompareId] = useState<string | null | undefined>(undefined);
  const list = journal.assessments;
  const shownIndex = shownId === null ? list.length - 1 : list.findIndex((a) => a.id === shownId);
  const previous = shownIndex > 0 ? (list[shownIndex - 1]?.id ?? null) : null;
  return (
    <SoloScreen title={t('assessment.title')} view="assessment" ready={!loading}>
      <p className="lead">{t('assessment.lead')}</p>
      <AssessmentForm
        onSaved={(id) => {
          setShownId(id);
          setCompareId(undefined);
        }}
      />
      <section className="assessment-section" aria-labelledby="assessment-results-title">
        <h2 id="assessment-results-title">{t('assessment.results')}</h2>
        <AssessmentResults
          assessments={list}
          shownId={shownId}
          compareId={compareId === undefined ? previous : compareId}
          onShow={(id) => {
            setShownId(id);
            setCompareId(undefined);
          }}
          onCompare={setCompareId}
        />
      </section>
    </SoloScreen>
  );
}
