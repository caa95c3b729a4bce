import { useTranslation } from 'react-i18next';
import { hrefFor } from '../lib/app-route.ts';

/** The footer: where notes live, and the privacy and accessibility pages. */
export function AppFooter() {
  const { t } = useTranslation();
  return (
    <footer className="app-footer">
      <p>{t('app.footer')}</p>
      <ul className="footer-links">
        <li>
          <a href={hrefFor('/privacy')}>{t('app.privacy')}</a>
        </li>
        <li>
          <a href={hrefFor('/accessibility')}>{t('app.accessibility')}</a>
        </li>
      </ul>
    </footer>
  );
}
