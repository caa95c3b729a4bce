import { useTranslation } from 'react-i18next';
import { ComingPage } from '../../components/coming-page.tsx';

/** Placeholder until the join journey is built. */
export function JoinPage() {
  const { t } = useTranslation();
  return <ComingPage title={t('home.join.title')} text={t('coming.join')} />;
}
