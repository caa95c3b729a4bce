import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { InfoSection } from './info-section.tsx';

/** The accessibility statement: what is met, what is not yet, and where to report. */
export function AccessibilityPage() {
  const { t } = useTranslation('about');
  return (
    <Page title={t('a11y.title')}>
      <p className="lead">{t('a11y.lead')}</p>
      <InfoSection titleKey="a11y.doneTitle" listKey="a11y.done" />
      <InfoSection titleKey="a11y.gapsTitle" listKey="a11y.gaps" />
      <InfoSection titleKey="a11y.reportTitle" textKey="a11y.report" />
      <p className="help">{t('a11y.updated')}</p>
    </Page>
  );
}
