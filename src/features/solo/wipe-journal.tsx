import { EMPTY_DRAFT } from '../../domain/notes/assessment-draft.ts';
import { saveAssessmentDraft } from './assessment-draft-storage.ts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotes } from '../../hooks/use-notes.ts';
import { ASSESSMENT_KIND, JOURNAL_KIND } from './journal-records.ts';

type Outcome = 'done' | 'failed' | null;

/** «Slett alt»: wipes every journal entry and assessment on this device after a confirmation. */
export function WipeJournal({ count }: { count: number }) {
  const { t } = useTranslation('solo');
  const { repo } = useNotes();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  // Focus follows the step: to «Avbryt» when asked, back to «Slett alt» when the question goes.
  useEffect(() => {
    if (!moved.current) return;
    (confirming ? cancel : opener).current?.focus();
  }, [confirming]);
  const ask = (value: boolean) => {
    moved.current = true;
    setConfirming(value);
  };
  const wipe = async () => {
    setBusy(true);
    try {
      const isJournal = (n: { kind: string }) => n.kind === JOURNAL_KIND || n.kind === ASSESSMENT_KIND;
      await repo.removeWhere(isJournal);
      // Gone for good, not only marked: these notes can hold personal information. Only the
      // journal's (also entries deleted earlier), never other screens' notes awaiting «Angre».
      await repo.purgeDeleted(isJournal);
      saveAssessmentDraft(EMPTY_DRAFT);
      setOutcome('done');
    } catch {
      setOutcome('failed');
    }
    setBusy(false);
    ask(false);
  };
  if (count === 0 && outcome === null) return null;
  return (
    <section className="solo-wipe" aria-labelledby="solo-wipe-title">
      <h2 id="solo-wipe-title">{t('wipe.title')}</h2>
      <p>{t('wipe.text')}</p>
      {confirming ? (
        <div className="solo-confirm" role="group" aria-labelledby="solo-wipe-confirm">
          <p id="solo-wipe-confirm">{t('wipe.confirm', { count })}</p>
          <button type="button" className="button button-danger" disabled={busy} onClick={() => void wipe()}>
            {t('wipe.yes')}
          </button>
          <button ref={cancel} type="button" className="button button-quiet" onClick={() => ask(false)}>
            {t('wipe.cancel')}
          </button>
        </div>
      ) : (
        count > 0 && (
          <button
            ref={opener}
            type="button"
            className="button button-quiet"
            onClick={() => {
              setOutcome(null);
              ask(true);
            }}
          >
            {t('wipe.open')}
          </button>
        )
      )}
      <p role="status" className={outcome === 'failed' ? 'solo-error' : undefined}>
        {outcome && t(`wipe.${outcome}`)}
      </p>
    </section>
  );
}
