import { useTranslation } from 'react-i18next';
import { AppMark } from './app-mark.tsx';
import { LanguageSelect } from './language-select.tsx';
import { hrefFor } from '../lib/app-route.ts';

/** The top bar: the app name back to home, and the language switch. */
export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <a className="app-header-home" href={hrefFor('/')}>
        <AppMark />
        <span>{t('app.name')}</span>
      </a>
      <LanguageSelect />
    </header>
  );
}
