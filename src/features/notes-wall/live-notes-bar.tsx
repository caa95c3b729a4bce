import { useTranslation } from 'react-i18next';
import { roomStatusKey } from '../../lib/room/room-status-text.ts';
import type { RoomStatus } from '../../domain/room/room-status.ts';
import type { LiveProblem } from './use-live-notes.ts';

type Props = {
  readonly status: RoomStatus | null;
  readonly received: number;
  readonly problem: LiveProblem | null;
};

/** The wall's line about its live room: its state, how many notes came live, and a refused note. */
export function LiveNotesBar({ status, received, problem }: Props) {
  const { t } = useTranslation(['notes', 'join']);
  return (
    <div className="wall-live">
      <p className="wall-live-state" role="status">
        {t('live.state', { state: t(roomStatusKey(status)) })}
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
