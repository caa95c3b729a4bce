import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handInFileName } from '../../domain/notes/handin-file-name.ts';
import { createHandIn, handInToJson } from '../../domain/notes/handin.ts';
import type { SessionRef } from '../../domain/notes/session-ref.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { shareOrDownload, type ShareOutcome } from '../../lib/share-file.ts';
import { CopyAsText } from './copy-as-text.tsx';
import { HealthWarning } from './health-warning.tsx';
import type { SeatChoice } from '../../lib/seat-memory.ts';
import { useOwnNotes } from './use-own-notes.ts';

type HandInPanelProps = { sessionRef: SessionRef; choice: SeatChoice };

/**
 * «Lever notater»: a warning first (attendance notes can hold health information), an anonymous
 * option, then one JSON file shared (Web Share) or downloaded, or the same text copied.
 */
export function HandInPanel({ sessionRef, choice }: HandInPanelProps) {
  const { t } = useTranslation('join');
  const lang = useContentLang();
  const id = useId();
  const { notes, written } = useOwnNotes(sessionRef.code);
  const [open, setOpen] = useState(false);
  const [anonymous, setAnonymous] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: ShareOutcome; file: string } | null>(null);

  const build = () => {
    const participant =
      choice.name === undefined ? { seat: choice.seat } : { seat: choice.seat, name: choice.name };
    const handIn = createHandIn({
      session: sessionRef,
      participant,
      notes,
      createdAt: Date.now(),
      anonymous,
    });
    return {
      json: handInToJson(handIn),
      fileName: handInFileName(handIn, lang, -new Date().getTimezoneOffset()),
    };
  };
  const handIn = async () => {
    // Built and shared in the click itself: Web Share needs the user's gesture.
    const { json, fileName } = build();
    const file = new File([json], fileName, { type: 'application/json' });
    setOutcome({ kind: await shareOrDownload(file, { title: t('handIn.shareTitle') }), file: fileName });
  };

  return (
    <section className="hand-in" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('handIn.heading')}</h2>
      <p>{written === 0 ? t('handIn.none') : t('handIn.count', { count: written })}</p>
      {!open ? (
        <button type="button" className="button" disabled={written === 0} onClick={() => setOpen(true)}>
          {t('handIn.start')}
        </button>
      ) : (
        <div className="hand-in-steps">
          <HealthWarning choice={choice} anonymous={anonymous} onAnonymous={setAnonymous} way="handIn" />
          <p className="join-actions">
            <button type="button" className="button" onClick={() => void handIn()}>
              {t('handIn.submit')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
              {t('handIn.cancel')}
            </button>
          </p>
          <CopyAsText text={() => build().json} />
        </div>
      )}
      <div role="status" className="hand-in-outcome">
        {outcome && <p>{t(`handIn.${outcome.kind}`, { file: outcome.file })}</p>}
      </div>
    </section>
  );
}
