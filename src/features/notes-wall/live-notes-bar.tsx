import { useTranslation } from 'react-i18next';
import { roomStatusKey } from '../../lib/room/room-status-text.ts';
import type { RoomStatus } from '../../domain/room/room-status.ts';
import type { HostRoomEnd } from '../../lib/room/host-room.ts';
import type { LiveProblem } from './use-live-notes.ts';

type Props = {
  readonly status: RoomStatus | null;
  /** How the room ended, when it has: said in the facilitator's words, not the phones'. */
  readonly ended?: HostRoomEnd | null;
  readonly received: number;
  readonly problem: LiveProblem | null;
};

/** The wall's line about its live room: its state, how many notes came live, and a refused note. */
export function LiveNotesBar({ status, ended = null, received, problem }: Props) {
  const { t } = useTranslation(['notes', 'join']);
  return (
    <div className="wall-live">
      <p className="wall-live-state" role="status">
        {ended === null
          ? t('live.state', { state: t(roomStatusKey(status)) })
          : t(ended === 'deleted' ? 'live.endedDeleted' : 'live.endedExpired')}
        {received > 0 && ` · ${t('live.received', { count: received })}`}
      </p>
      <p className="help">{t('live.help')}</p>
      {problem !== null && (
        <p className="wall-live-problem" role="alert">
          {problem.kind === 'rejected'
            ? t('live.rejected', { reason: t(`join:room.crypto.${problem.reason}`) })
            : t('live.storageFailed')}
        </p>
      )}
    </div>
  );
}
