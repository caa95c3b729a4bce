import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotes } from '../../hooks/use-notes.ts';
import { getWorkshopStore } from '../../storage/workshop-store.ts';
import { useAppStore } from '../../store/store.ts';
import { hrefFor, navigate } from '../../lib/app-route.ts';

type DeleteSessionProps = { code: string; workshopId: string | null; count: number };

/**
 * «Slett økten»: after a confirmation, every note of the session is deleted from this device for
 * good (soft delete, then purged), and the planned session record with it. Exported files stay.
 */
export function DeleteSession({ code, workshopId, count }: DeleteSessionProps) {
  const { t } = useTranslation('notes');
  const id = useId();
  const { repo } = useNotes();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  const remove = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const inSession = (n: { kind: string; sessionId: string | null }) =>
        n.kind === 'note' && n.sessionId === code;
      const ids = await repo.removeWhere(inSession);
      await repo.purgeDeleted(inSession);
      if (workshopId !== null) await getWorkshopStore().removeSession(workshopId);
      useAppStore.getState().showNotice({
        id: 'notes-deleted',
        key: 'notes:delete.done',
        tone: 'info',
        params: { count: ids.length },
      });
      navigate(hrefFor('/notes'));
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };
  return (
    <section className="wall-delete" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('delete.heading')}</h2>
      <p>{workshopId === null ? t('delete.textImported') : t('delete.text')}</p>
      {!confirming ? (
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          {t('delete.start')}
        </button>
      ) : (
        <div className="wall-confirm" role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`} ref={question} tabIndex={-1}>
            {t('delete.confirm', { count })}
          </p>
          <p className="wall-actions">
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={() => void remove()}
            >
              {t('delete.yes')}
            </button>
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              onClick={() => setConfirming(false)}
            >
              {t('delete.no')}
            </button>
          </p>
        </div>
      )}
      <div role="status">{failed && <p className="wall-error-text">{t('delete.failed')}</p>}</div>
    </section>
  );
}
