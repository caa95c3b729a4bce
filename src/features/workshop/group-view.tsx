import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { randomSeed } from '../../lib/random-seed.ts';
import { getWorkshopStore } from '../../storage/workshop-store.ts';
import { defaultGroupValues } from './group-defaults.ts';
import { GroupForm } from './group-form.tsx';
import { formValuesOf } from './group-values.ts';
import { SessionList } from './session-list.tsx';
import { useLoaded } from './use-loaded.ts';
import { workshopHref } from './workshop-route.ts';
import { Loading, WorkshopScreen } from './workshop-screen.tsx';

/** Sets up the group for a run-sheet (or changes one already set up), and lists its groups. */
export function GroupView({ sheetId, sessionId }: { sheetId: string; sessionId: string | null }) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  // Drawn once per visit to the form, so the seed shown is the one saved.
  const [seed] = useState(randomSeed);
  const loaded = useLoaded(
    async () => {
      const store = getWorkshopStore();
      const [sheet, session] = await Promise.all([
        store.getSheet(sheetId),
        sessionId ? store.getSession(sessionId) : Promise.resolve(null),
      ]);
      return { sheet, session };
    },
    `${sheetId}:${sessionId ?? ''}`,
  );
  const { decks, ready } = useAllDecks();
  const sheet = loaded.status === 'ready' ? loaded.value.sheet : null;
  const session = loaded.status === 'ready' ? loaded.value.session : null;
  const back = [
    { href: workshopHref.plan(), label: t('nav.plan') },
    ...(sheet ? [{ href: workshopHref.edit(sheet.id), label: t('nav.sheet') }] : []),
  ];
  const title = sheet ? localize(sheet.title, lang).text : '';
  const heading = !sheet ? t('group.heading') : t(session ? 'group.changeTitle' : 'group.title', { title });
  return (
    <WorkshopScreen title={heading} back={back}>
      {(loaded.status === 'loading' || !ready) && <Loading />}
      {loaded.status === 'failed' && <p className="workshop-error">{t('plan.readFailed')}</p>}
      {loaded.status === 'ready' && !sheet && <p>{t('edit.missing')}</p>}
      {sheet && ready && (
        <>
          <p className="lead">{session ? t('group.changeLead') : t('group.lead')}</p>
          <GroupForm
            sheet={sheet}
            decks={decks}
            existing={session}
            initial={session ? formValuesOf(session) : defaultGroupValues(sheet, decks, lang, seed)}
          />
          <SessionList sheetId={sheet.id} />
        </>
      )}
    </WorkshopScreen>
  );
}
