import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { useAllDecks } from '../../hooks/use-all-decks.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { DeleteSession } from './delete-session.tsx';
import { ExportPanel } from './export-panel.tsx';
import { formatDay } from './format-date.ts';
import { visibleNotes } from './group-notes.ts';
import { HandInImport } from './hand-in-import.tsx';
import { buildMinutes } from './minutes.ts';
import { PrintView } from './print-view.tsx';
import { ProjectorButton } from './projector/projector-button.tsx';
import { ProjectorView } from './projector/projector-view.tsx';
import { useSessionNotes } from './use-session-notes.ts';
import { LiveNotesBar } from './live-notes-bar.tsx';
import { useLiveNotes } from './use-live-notes.ts';
import { useWallSession } from './use-wall-session.ts';
import { wallQuery, type WallQuery } from './wall-query.ts';
import { WallView } from './wall-view.tsx';
import { hrefFor } from '../../lib/app-route.ts';

/** One session's notes: import hand-ins, the wall, exports, «Slett økten»; or its print view. */
export function WallScreen({ query }: { query: WallQuery }) {
  const { t } = useTranslation('notes');
  const lang = useContentLang();
  const state = useWallSession(query);
  const session = state.status === 'ready' ? state.session : null;
  const notes = useSessionNotes(session?.code ?? null);
  const { decks } = useAllDecks();
  const [projector, setProjector] = useState<'off' | 'on' | 'back'>('off');
  // While the session's live room is open here, shared notes arrive by themselves (any view).
  const live = useLiveNotes(session?.workshopId ?? null, session?.ref ?? null);

  if (state.status === 'loading')
    return (
      <Page title={t('title')} className="notes-wall">
        <p aria-busy="true">{t('loading')}</p>
      </Page>
    );
  if (session === null)
    return (
      <Page title={t('missing.title')} className="notes-wall">
        <p>{t('missing.text')}</p>
        <p>
          <a className="button" href={hrefFor('/notes')}>
            {t('allSessions')}
          </a>
        </p>
      </Page>
    );

  const title = session.title ?? t('untitled', { code: session.code });
  const target = { sessionId: session.workshopId, code: session.code };
  if (query.view === 'print') {
    const minutes = buildMinutes(
      { title, date: session.date, steps: session.steps, notes, decks, lang, anonymise: query.anonymise },
      t,
    );
    return <PrintView minutes={minutes} anonymised={query.anonymise} backQuery={wallQuery(target)} />;
  }
  if (projector === 'on')
    return (
      <ProjectorView
        title={title}
        notes={notes}
        decks={decks}
        lang={lang}
        onLeave={() => setProjector('back')}
      />
    );
  const shown = visibleNotes(notes).length;
  return (
    <Page title={title} className="notes-wall">
      <p className="wall-meta">
        {[
          t('index.code', { code: session.code }),
          ...(session.date === null ? [] : [formatDay(session.date, lang)]),
          t('index.notes', { count: shown }),
        ].join(' · ')}
      </p>
      {live.room.keys !== null && (
        <LiveNotesBar
          status={live.room.status}
          ended={live.room.ended}
          received={live.received}
          problem={live.problem}
        />
      )}
      <HandInImport
        target={session.ref ? { kind: 'session', ref: session.ref } : { kind: 'code', code: session.code }}
      />
      <ProjectorButton onOpen={() => setProjector('on')} returning={projector === 'back'} />
      <WallView notes={notes} decks={decks} lang={lang} />
      {session.ref ? (
        <ExportPanel
          source={{ ref: session.ref, title, date: session.date, steps: session.steps, notes, decks, lang }}
          workshopId={session.workshopId}
        />
      ) : (
        <p>{t('export.later')}</p>
      )}
      <DeleteSession code={session.code} workshopId={session.workshopId} count={shown} />
      <p>
        <a href={hrefFor('/notes')}>{t('allSessions')}</a>
      </p>
    </Page>
  );
}
