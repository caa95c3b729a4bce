import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostRoom } from '../../hooks/use-host-room.ts';
import { useRoomServer } from '../../hooks/use-room-server.ts';
import { hrefFor } from '../../lib/app-route.ts';
import { roomStatusKey } from '../../lib/room/room-status-text.ts';
import { ConfirmAction } from './confirm-action.tsx';

type Props = { readonly sessionId: string; readonly room: HostRoom };

/**
 * «Direkte rom» on the session screen: start a live room (only where the app's own server runs
 * one), its state and connected phones, the way to its notes wall, and «Slett rommet». A room the
 * server has ended (deleted, or expired) is said so, with a new room offered in its place.
 */
export function LiveRoomPanel({ sessionId, room }: Props) {
  const { t } = useTranslation(['workshop', 'join']);
  const server = useRoomServer();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const start = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await room.start();
    } catch {
      setMessage('liveRoom.startFailed');
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    const deleted = await room.remove().catch(() => false);
    setMessage(deleted ? 'liveRoom.deleted' : 'liveRoom.deleteFailed');
  };

  // The server already refuses an ended room: only this device's keys are left to forget.
  const forget = async () => {
    setMessage(null);
    if (!(await room.remove().catch(() => false))) setMessage('liveRoom.deleteFailed');
  };

  return (
    <section className="workshop-section live-room" aria-labelledby="live-room-heading">
      <h2 id="live-room-heading">{t('liveRoom.heading')}</h2>
      {room.keys === null ? (
        <>
          <p className="help">{t('liveRoom.intro')}</p>
          {server === 'checking' && <p aria-busy="true">{t('liveRoom.checking')}</p>}
          {server === 'no' && <p>{t('liveRoom.noServer')}</p>}
          {server === 'offline' && <p>{t('liveRoom.offline')}</p>}
          {server === 'yes' && room.loaded && (
            <button type="button" className="button" disabled={busy} onClick={() => void start()}>
              {busy ? t('liveRoom.starting') : t('liveRoom.start')}
            </button>
          )}
        </>
      ) : room.ended !== null ? (
        <>
          <p className="live-room-state" role="status">
            {t(room.ended === 'deleted' ? 'liveRoom.endedDeleted' : 'liveRoom.endedExpired')}
          </p>
          <p className="help">{t('liveRoom.endedHelp')}</p>
          <div className="workshop-actions">
            {server === 'yes' && (
              <button type="button" className="button" disabled={busy} onClick={() => void start()}>
                {busy ? t('liveRoom.starting') : t('liveRoom.startNew')}
              </button>
            )}
            <button type="button" className="button button-quiet" onClick={() => void forget()}>
              {t('liveRoom.forget')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="live-room-state" role="status">
            {t('liveRoom.state', { state: t(roomStatusKey(room.status)) })}
            {room.status?.state === 'connected' && (
              <>
                {' · '}
                <span className="live-room-seats">{t('liveRoom.seats', { count: room.seats })}</span>
              </>
            )}
          </p>
          <p className="help">{t('liveRoom.linkHelp')}</p>
          <div className="workshop-actions">
            <a
              className="button"
              href={hrefFor('/notes', new URLSearchParams({ session: sessionId }).toString())}
            >
              {t('liveRoom.openWall')}
            </a>
            <ConfirmAction
              label={t('liveRoom.delete')}
              question={t('liveRoom.deleteQuestion')}
              confirmLabel={t('liveRoom.deleteConfirm')}
              onConfirm={remove}
            />
          </div>
        </>
      )}
      {message !== null && (
        <p className={message === 'liveRoom.deleted' ? undefined : 'workshop-error'} role="status">
          {t(message)}
        </p>
      )}
    </section>
  );
}
