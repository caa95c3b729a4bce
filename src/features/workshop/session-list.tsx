import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getWorkshopStore } from '../../storage/workshop-store.ts';
import { useAppStore } from '../../store/store.ts';
import { ConfirmAction } from './confirm-action.tsx';
import { sessionCode } from './session-summary.ts';
import { useLoaded } from './use-loaded.ts';
import { workshopHref } from './workshop-route.ts';

/** The groups already set up for this run-sheet: open one, or delete it. */
export function SessionList({ sheetId }: { sheetId: string }) {
  const { t } = useTranslation('workshop');
  const [version, setVersion] = useState(0);
  const loaded = useLoaded(() => getWorkshopStore().listSessions(sheetId), sheetId, version);
  // Once one was deleted here the section stays, so focus has a place to go and «none left» is said.
  if (loaded.status !== 'ready' || (loaded.value.length === 0 && version === 0)) return null;
  const sessions = [...loaded.value].sort((a, b) => b.createdAt - a.createdAt);
  return (
    <section className="workshop-section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading" tabIndex={-1}>
        {t('sessions.heading')}
      </h2>
      {sessions.length === 0 && <p>{t('sessions.none')}</p>}
      <ul className="workshop-sessions">
        {sessions.map((session) => {
          const label = t('sessions.item', {
            title: session.title || '–',
            code: sessionCode(session) ?? '–',
            count: session.seats,
          });
          return (
            <li key={session.id}>
              <a href={workshopHref.session(session.id)}>{label}</a>
              <ConfirmAction
                label={t('sessions.delete')}
                labelDetail={label}
                question={t('sessions.deleteQuestion', { label })}
                confirmLabel={t('sessions.deleteConfirm')}
                onConfirm={async () => {
                  try {
                    await getWorkshopStore().removeSession(session.id);
                  } catch {
                    useAppStore
                      .getState()
                      .showNotice({ id: 'workshop-save', key: 'workshop:notice.saveFailed', tone: 'error' });
                  }
                  setVersion((v) => v + 1);
                  document.getElementById('sessions-heading')?.focus();
                }}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
