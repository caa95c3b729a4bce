import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { InfoSection } from './info-section.tsx';

/** What the app stores, where, and what it never does. */
export function PrivacyPage() {
  const { t } = useTranslation('about');
  return (
    <Page title={t('privacy.title')}>
      <p className="lead">{t('privacy.lead')}</p>
      <InfoSection titleKey="privacy.whereTitle" listKey="privacy.where" />
      <InfoSection titleKey="privacy.noTitle" listKey="privacy.no" />
      <InfoSection titleKey="privacy.roomTitle" listKey="privacy.room" />
      <InfoSection titleKey="privacy.healthTitle" textKey="privacy.health" />
      <InfoSection titleKey="privacy.deleteTitle" textKey="privacy.delete" />
      <InfoSection titleKey="privacy.responsibleTitle" textKey="privacy.responsible" />
    </Page>
  );
}
