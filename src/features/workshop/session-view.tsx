import { useTranslation } from 'react-i18next';
import { JoinAddressWarning } from '../../components/join-address-warning.tsx';
import { QrCode } from '../../components/qr-code.tsx';
import { localize } from '../../domain/deck/localize.ts';
import { shortCode } from '../../domain/join/short-code.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { CopyLink } from './copy-link.tsx';
import { groupJoin } from '../../domain/workshop/group-join.ts';
import { displayUrl, joinUrl } from '../../domain/join/join-url.ts';
import { currentAppBase as appBase } from '../../lib/app-base.ts';
import { SessionFacts } from './session-facts.tsx';
import { LiveRoomPanel } from './live-room-panel.tsx';
import { useHostRoom } from '../../hooks/use-host-room.ts';
import { useSessionAndSheet } from './use-session-and-sheet.ts';
import { workshopHref } from './workshop-route.ts';
import { Loading, WorkshopScreen } from './workshop-screen.tsx';
import './join.css';

/** The group's join link as a large QR code, with the link and short code beside it, and what comes next. */
export function SessionView({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  const { loaded, session, sheet } = useSessionAndSheet(sessionId);
  const back = [
    { href: workshopHref.plan(), label: t('nav.plan') },
    ...(sheet ? [{ href: workshopHref.edit(sheet.id), label: t('nav.sheet') }] : []),
  ];
  const room = useHostRoom(session ? session.id : null);
  // With a live room the QR code, address and «Kopier lenke» carry its `r`, `rk` and `fk` (not
  // once it has ended: its links no longer work).
  const join = session ? groupJoin(session, sheet, room.link) : null;
  const title = session?.title || (sheet ? localize(sheet.title, lang).text : '');
  return (
    <WorkshopScreen
      title={session ? t('join.title', { title }) : t('join.heading')}
      back={back}
      className="workshop-join"
    >
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'failed' && <p className="workshop-error">{t('plan.readFailed')}</p>}
      {loaded.status === 'ready' && !session && <p>{t('join.missing')}</p>}
      {session && !join && <p className="workshop-error">{t('join.invalid')}</p>}
      {session && join && (
        <>
          <JoinAddressWarning address={appBase()} />
          <div className="join-panel">
            <QrCode value={joinUrl(appBase(), join)} label={t('join.qrLabel')} className="join-qr" />
            <div className="join-text">
              <p className="join-scan">{t('join.scan')}</p>
              <p className="join-url">{displayUrl(joinUrl(appBase(), join))}</p>
              <p className="join-code-line">
                {t('join.code')} <strong className="join-code">{shortCode(join)}</strong>
              </p>
              <p className="help">{t('join.codeHelp')}</p>
              <CopyLink url={joinUrl(appBase(), join)} />
            </div>
          </div>
          <LiveRoomPanel sessionId={session.id} room={room} />
          <SessionFacts session={session} sheet={sheet} />
          <section className="workshop-section" aria-labelledby="session-next">
            <h2 id="session-next">{t('edit.next')}</h2>
            <div className="workshop-actions">
              <a className="button" href={workshopHref.presentSession(session.id)}>
                {t('join.present')}
              </a>
              <a className="button button-quiet" href={workshopHref.rotation(session.id)}>
                {t('join.rotation')}
              </a>
              <a className="button button-quiet" href={workshopHref.seatCards(session.id)}>
                {t('join.seatCards')}
              </a>
              {sheet && (
                <a className="button button-quiet" href={workshopHref.group(sheet.id, session.id)}>
                  {t('join.change')}
                </a>
              )}
            </div>
          </section>
        </>
      )}
    </WorkshopScreen>
  );
}
