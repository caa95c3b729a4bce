import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store.ts';

/** Copies the join link to the clipboard and says so; where the clipboard is refused, says how instead. */
export function CopyLink({ url }: { url: string }) {
  const { t } = useTranslation('workshop');
  const copy = async () => {
    const { showNotice } = useAppStore.getState();
    try {
      await navigator.clipboard.writeText(url);
      showNotice({ id: 'workshop-copied', key: 'workshop:join.copied', tone: 'info' });
    } catch {
      showNotice({ id: 'workshop-copied', key: 'workshop:join.copyFailed', tone: 'error' });
    }
  };
  return (
    <button type="button" className="button" onClick={() => void copy()}>
      {t('join.copy')}
    </button>
  );
}
