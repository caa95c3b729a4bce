import { useTranslation } from 'react-i18next';
import { selectUpdateOffer } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { acceptUpdate } from './register.ts';

/** Offers a waiting new version; held back (with a quiet note) while a round is running. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const offer = useAppStore(selectUpdateOffer);
  const later = () => useAppStore.getState().setUpdateWaiting(false);
  if (offer === 'none') return null;
  if (offer === 'held') {
    return (
      <aside className="update-banner update-held" aria-label={t('pwa.updateAvailable')}>
        <p>{t('pwa.updateHeld')}</p>
      </aside>
    );
  }
  return (
    <aside className="update-banner" aria-label={t('pwa.updateAvailable')}>
      <p>{t('pwa.updateAvailable')}</p>
      <button type="button" className="button" onClick={() => void acceptUpdate()}>
        {t('pwa.updateNow')}
      </button>
      <button type="button" className="button button-quiet" onClick={later}>
        {t('pwa.later')}
      </button>
    </aside>
  );
}
