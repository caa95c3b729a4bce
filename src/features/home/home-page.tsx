import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { hrefFor } from '../../lib/app-route.ts';

const WAYS = ['workshop', 'join', 'solo'] as const;

/**
 * The three ways in. index.html carries a static copy of this screen in bokmål so the first
 * paint needs no JavaScript; tests/features/home/static-shell.test.tsx keeps the two in step.
 */
export function HomePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('home.title')} className="home">
      <p className="lead">{t('home.lead')}</p>
      <h2>{t('home.choose')}</h2>
      <ul className="ways">
        {WAYS.map((way) => (
          <li key={way}>
            <a className={`way way-${way}`} href={hrefFor(`/${way}`)}>
              <span className="way-title">{t(`home.${way}.title`)}</span>
              <span className="way-text">{t(`home.${way}.text`)}</span>
            </a>
          </li>
        ))}
      </ul>
      <ul className="home-more">
        <li>
          <a href={hrefFor('/decks')}>{t('home.decks')}</a>
        </li>
        <li>
          <a href={hrefFor('/settings')}>{t('home.settings')}</a>
        </li>
      </ul>
    </Page>
  );
}
