import { useTranslation } from 'react-i18next';
import { Page } from '../components/page.tsx';
import { hrefFor } from '../lib/app-route.ts';

/** Shown when a screen crashed or failed to load. */
export function ErrorScreen() {
  const { t } = useTranslation();
  return (
    <Page title={t('error.title')}>
      <p>{t('error.text')}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>{' '}
        <a className="button button-quiet" href={hrefFor('/')}>
          {t('coming.back')}
        </a>
      </p>
    </Page>
  );
}
