import { useTranslation } from 'react-i18next';
import { selectNotices } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';

/**
 * Messages for the user. The region is always in the DOM so screen readers announce what is
 * added to it; errors use an alert role, the rest are polite status messages.
 */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore(selectNotices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : undefined}>
          <p>{t(n.key, n.params ?? {})}</p>
          <button type="button" className="button-quiet" onClick={() => dismiss(n.id)}>
            {t('pwa.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
