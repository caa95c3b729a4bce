import { useTranslation } from 'react-i18next';
import { ComingPage } from '../../components/coming-page.tsx';

/** Placeholder until the workshop journey is built. */
export function WorkshopPage() {
  const { t } = useTranslation();
  return <ComingPage title={t('home.workshop.title')} text={t('coming.workshop')} />;
}
