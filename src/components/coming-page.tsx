import { useTranslation } from 'react-i18next';
import { Page } from './page.tsx';
import { hrefFor } from '../lib/app-route.ts';

type ComingPageProps = { title: string; text: string };

/** An honest placeholder for a journey that a later version builds. */
export function ComingPage({ title, text }: ComingPageProps) {
  const { t } = useTranslation();
  return (
    <Page title={title}>
      <p className="lead">{t('coming.lead')}</p>
      <p>{text}</p>
      <p>
        <a className="button" href={hrefFor('/')}>
          {t('coming.back')}
        </a>
      </p>
    </Page>
  );
}
