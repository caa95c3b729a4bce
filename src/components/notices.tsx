import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectNotices } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import type { Notice } from '../store/ui-slice.ts';

/**
 * Messages for the user. The region is always in the DOM so screen readers announce what is
 * added to it; errors use an alert role, the rest are polite status messages.
 */
export function Notices() {
  const notices = useAppStore(selectNotices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </div>
  );
}

/** One notice; one with `leaveAfterMs` leaves by itself, but never while it is being read or used. */
function NoticeItem({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const dismiss = useAppStore((s) => s.dismissNotice);
  const [held, setHeld] = useState(false);
  const { id, leaveAfterMs } = notice;
  useEffect(() => {
    if (leaveAfterMs === undefined || held) return;
    const timer = setTimeout(() => dismiss(id), leaveAfterMs);
    return () => clearTimeout(timer);
  }, [id, leaveAfterMs, held, dismiss]);
  const hold = () => setHeld(true);
  const release = () => setHeld(false);
  return (
    <div
      className={`notice notice-${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : undefined}
      onPointerEnter={hold}
      onPointerLeave={release}
      onFocus={hold}
      onBlur={release}
    >
      <p>{t(notice.key, notice.params ?? {})}</p>
      <button type="button" className="button-quiet" onClick={() => dismiss(id)}>
        {t('pwa.dismiss')}
      </button>
    </div>
  );
}
