import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { hrefFor } from '../../lib/app-route.ts';
import { formatDay } from './format-date.ts';
import { HandInImport } from './hand-in-import.tsx';
import { useSessionList } from './use-session-list.ts';
import { wallQuery } from './wall-query.ts';

/** `#/notes` without a session: the sessions on this device, and an import that reads the session from the files. */
export function SessionsIndex() {
  const { t } = useTranslation('notes');
  const lang = useContentLang();
  const { items, loading } = useSessionList();
  const workshopOf = (code: string) => items.find((item) => item.code === code)?.workshopId ?? null;
  return (
    <Page title={t('title')} className="notes-wall">
      <p className="lead">{t('index.lead')}</p>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('index.heading')}</h2>
        {loading ? (
          <p aria-busy="true">{t('loading')}</p>
        ) : items.length === 0 ? (
          <p>
            {t('index.none')} <a href={hrefFor('/workshop')}>{t('index.plan')}</a>
          </p>
        ) : (
          <ul className="wall-sessions">
            {items.map((item) => (
              <li key={item.code}>
                <a href={hrefFor('/notes', wallQuery({ sessionId: item.workshopId, code: item.code }))}>
                  {item.title ?? t('untitled', { code: item.code })}
                </a>
                <span className="help">
                  {' '}
                  {[
                    ...(item.date === null ? [] : [formatDay(item.date, lang)]),
                    t('index.code', { code: item.code }),
                    t('index.notes', { count: item.notes }),
                  ].join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <HandInImport target={{ kind: 'any' }} linkWalls={workshopOf} />
    </Page>
  );
}
