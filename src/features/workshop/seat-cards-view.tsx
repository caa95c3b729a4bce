import { useTranslation } from 'react-i18next';
import { JoinAddressWarning } from '../../components/join-address-warning.tsx';
import { QrCode } from '../../components/qr-code.tsx';
import { localize } from '../../domain/deck/localize.ts';
import type { JoinSession } from '../../domain/join/join-session.ts';
import { shortCode } from '../../domain/join/short-code.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { groupJoin, seatCardJoin, seatNumbers } from '../../domain/workshop/group-join.ts';
import { displayUrl, joinUrl } from '../../domain/join/join-url.ts';
import { useHostRoom } from '../../hooks/use-host-room.ts';
import { currentAppBase } from '../../lib/app-base.ts';
import { PrintButton } from './print-button.tsx';
import { useSessionAndSheet } from './use-session-and-sheet.ts';
import { workshopHref } from './workshop-route.ts';
import { Loading, WorkshopScreen } from './workshop-screen.tsx';
import './print.css';
import './seat-cards.css';

type SeatCardProps = { join: JoinSession; seat: number; title: string; code: string };

/** One card for one seat: its number, the QR code of the seat's link, the link as text and the code. */
function SeatCard({ join, seat, title, code }: SeatCardProps) {
  const { t } = useTranslation('workshop');
  const url = joinUrl(currentAppBase(), { ...join, seat });
  return (
    <li className="seat-card">
      <h2 className="seat-card-seat">{t('seatCards.seat', { seat })}</h2>
      <QrCode value={url} label={t('seatCards.qrLabel', { seat })} className="seat-card-qr" />
      <div className="seat-card-text">
        {title && <p className="seat-card-title">{title}</p>}
        <p className="seat-card-scan">{t('seatCards.scan')}</p>
        <p className="seat-card-code">
          {t('seatCards.code')} <strong>{code}</strong>
        </p>
        <p className="seat-card-url">{displayUrl(url)}</p>
      </div>
    </li>
  );
}

/**
 * «Plasskort»: one card per seat to print and put on the tables. Its QR code opens that seat's
 * hand on the phone at once; the short code is the session's, the same on every card and phone.
 */
export function SeatCardsView({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  const { loaded, session, sheet } = useSessionAndSheet(sessionId);
  const back = [
    { href: workshopHref.plan(), label: t('nav.plan') },
    ...(session ? [{ href: workshopHref.session(session.id), label: t('nav.session') }] : []),
  ];
  // With a live room running, every card carries it (as the session's own link does), so a
  // participant scanning a printed card joins the room. The cards wait for the room's lookup,
  // so a quick print never gets the plain ones by mistake.
  const room = useHostRoom(session ? session.id : null);
  const group = session && room.loaded ? groupJoin(session, sheet, room.link) : null;
  const join = group ? seatCardJoin(group) : null;
  const title = session?.title || (sheet ? localize(sheet.title, lang).text : '');
  const code = join ? shortCode(join) : '';
  return (
    <WorkshopScreen
      title={session ? t('seatCards.title', { title }) : t('seatCards.heading')}
      back={back}
      className="workshop-print workshop-seat-cards"
    >
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'failed' && <p className="workshop-error">{t('plan.readFailed')}</p>}
      {loaded.status === 'ready' && !session && <p>{t('join.missing')}</p>}
      {session && !room.loaded && loaded.status === 'ready' && <Loading />}
      {session && room.loaded && !join && <p className="workshop-error">{t('join.invalid')}</p>}
      {session && join && (
        <>
          <JoinAddressWarning address={currentAppBase()} />
          <p className="workshop-no-print">{t('seatCards.lead', { seats: join.seats })}</p>
          {join.room !== undefined && (
            <p className="workshop-no-print seat-cards-live">{t('seatCards.live')}</p>
          )}
          <PrintButton />
          <ul className="seat-cards" aria-label={t('seatCards.list', { count: join.seats })}>
            {seatNumbers(join.seats).map((seat) => (
              <SeatCard key={seat} join={join} seat={seat} title={title} code={code} />
            ))}
          </ul>
        </>
      )}
    </WorkshopScreen>
  );
}
