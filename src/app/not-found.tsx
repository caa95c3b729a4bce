import { useTranslation } from 'react-i18next';
import { Page } from '../components/page.tsx';
import { hrefFor } from '../lib/app-route.ts';

/** Shown for a hash path the app does not know. */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('error.notFound')}>
      <p>{t('error.notFoundText')}</p>
      <p>
        <a className="button" href={hrefFor('/')}>
          {t('coming.back')}
        </a>
      </p>
    </Page>
  );
}
