import { useTranslation } from 'react-i18next';
import { Page } from '../components/page.tsx';

/** Shown for a hash path the app does not know. */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('error.notFound')}>
      <p>{t('error.notFoundText')}</p>
      <p>
        <a className="button" href="#/">
          {t('coming.back')}
        </a>
      </p>
    </Page>
  );
}
