import { useTranslation } from 'react-i18next';
import { useNotes } from '../hooks/use-notes.ts';

// Trying again helps when a write failed; not for unreadable or newer data.
const RETRYABLE = ['quota', 'write-failed', 'unavailable'];

/**
 * Says when notes could not be saved (the text stays in memory) and offers a retry. Quiet
 * «Lagrer …»/«Lagret» otherwise, for screens where notes are written.
 */
export function StorageStatus() {
  const { t } = useTranslation();
  const { repo, snapshot } = useNotes();
  const error = snapshot.lastError;
  if (error) {
    return (
      <div className="storage-error" role="alert">
        <p>{t(`storage.${error.code}`)}</p>
        {RETRYABLE.includes(error.code) && (
          <button type="button" className="button" onClick={() => void repo.retry()}>
            {t('storage.retry')}
          </button>
        )}
      </div>
    );
  }
  // Not a live region: «Lagrer …/Lagret» flips on every keystroke. Errors use role=alert.
  return (
    <p className="storage-state">
      {snapshot.status === 'loading' || snapshot.pendingCount > 0 ? t('storage.saving') : t('storage.saved')}
    </p>
  );
}
