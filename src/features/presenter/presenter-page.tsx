import { useTranslation } from 'react-i18next';
import { ComingPage } from '../../components/coming-page.tsx';

/** Placeholder until the projector view is built. */
export function PresenterPage() {
  const { t } = useTranslation();
  return <ComingPage title={t('home.workshop.title')} text={t('coming.workshop')} />;
}
