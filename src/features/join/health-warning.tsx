import { useTranslation } from 'react-i18next';
import type { SeatChoice } from '../../lib/seat-memory.ts';

type HealthWarningProps = {
  choice: SeatChoice;
  anonymous: boolean;
  onAnonymous: (anonymous: boolean) => void;
  /** Which way the notes leave the phone: the warning's title and the anonymous choice's words. */
  way: 'handIn' | 'share';
};

/**
 * The warning before notes leave the phone (attendance notes can hold health information) and the
 * choice to leave the name out: the same for «Lever notater» and for sharing in a live room.
 */
export function HealthWarning({ choice, anonymous, onAnonymous, way }: HealthWarningProps) {
  const { t } = useTranslation('join');
  const keys =
    way === 'handIn'
      ? { title: 'handIn.warningTitle', named: 'handIn.anonymous', noName: 'handIn.anonymousNoName' }
      : {
          title: 'room.share.warningTitle',
          named: 'room.share.anonymous',
          noName: 'room.share.anonymousNoName',
        };
  return (
    <>
      <div className="join-warning">
        <h3>{t(keys.title)}</h3>
        <p>{t('handIn.warning')}</p>
      </div>
      <label className="check">
        <input type="checkbox" checked={anonymous} onChange={(event) => onAnonymous(event.target.checked)} />
        <span>{choice.name === undefined ? t(keys.noName) : t(keys.named, { name: choice.name })}</span>
      </label>
    </>
  );
}
