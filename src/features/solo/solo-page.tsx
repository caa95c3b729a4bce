import { useTranslation } from 'react-i18next';
import { ComingPage } from '../../components/coming-page.tsx';

/** Placeholder until the solo journey is built. */
export function SoloPage() {
  const { t } = useTranslation();
  return <ComingPage title={t('home.solo.title')} text={t('coming.solo')} />;
}
