import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomStatus } from '../../domain/room/room-status.ts';
import type { SeatChoice } from '../../lib/seat-memory.ts';
import { HealthWarning } from './health-warning.tsx';
import type { LiveRoom } from './use-live-room.ts';

/** The one quiet line about the room: nothing while all is well, otherwise what it means here. */
function statusText(status: RoomStatus, t: (key: string) => string): string {
  switch (status.state) {
    case 'connected':
      return t('room.status.connected');
    case 'connecting':
      return t('room.status.connecting');
    case 'reconnecting':
      return t('room.status.reconnecting');
    case 'offline':
      return t('room.phone.offline');
    case 'refused':
      return `${t(`room.refused.${status.reason}`)} ${t('room.phone.stopped')}`;
  }
}

/**
 * «Del notatene mine med fasilitator»: off until the participant turns it on, after the same
 * warning and anonymous choice as «Lever notater». Turning it off takes the notes out of the room
 * (they stay on the phone). The room's state is one quiet status line.
 */
export function RoomPanel({ room, choice }: { room: LiveRoom; choice: SeatChoice }) {
  const { t } = useTranslation('join');
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [anonymous, setAnonymous] = useState(room.share?.anonymous ?? false);
  const refused = room.status.state === 'refused';
  if (room.noServer)
    return (
      <section className="room-panel" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t('room.phone.heading')}</h2>
        <p role="status" className="room-status room-status-none">
          {t('room.phone.noServer')}
        </p>
      </section>
    );
  return (
    <section className="room-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('room.phone.heading')}</h2>
      <p role="status" className={`room-status room-status-${room.status.state}`}>
        {statusText(room.status, t)}
      </p>
      {room.share === null ? (
        <>
          <p>{t('room.phone.off')}</p>
          {!asking ? (
            <button type="button" className="button" disabled={refused} onClick={() => setAsking(true)}>
              {t('room.share.start')}
            </button>
          ) : (
            <div className="hand-in-steps">
              <HealthWarning choice={choice} anonymous={anonymous} onAnonymous={setAnonymous} way="share" />
              <p className="join-actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    room.setShare({ anonymous });
                    setAsking(false);
                  }}
                >
                  {t('room.share.confirm')}
                </button>
                <button type="button" className="button button-quiet" onClick={() => setAsking(false)}>
                  {t('handIn.cancel')}
                </button>
              </p>
            </div>
          )}
        </>
      ) : (
        <>
          <p>{t(room.share.anonymous ? 'room.share.onAnonymous' : 'room.share.on')}</p>
          {room.shareFailed && <p className="help">{t('room.share.failed')}</p>}
          <p className="help">{t('room.share.offHelp')}</p>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              room.setShare(null);
              setAnonymous(false);
            }}
          >
            {t('room.share.stop')}
          </button>
        </>
      )}
    </section>
  );
}
