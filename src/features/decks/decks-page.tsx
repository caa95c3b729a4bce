import { useTranslation } from 'react-i18next';
import { ComingPage } from '../../components/coming-page.tsx';

/** Placeholder until the decks journey is built. */
export function DecksPage() {
  const { t } = useTranslation();
  return <ComingPage title={t('home.decks')} text={t('coming.decks')} />;
}
