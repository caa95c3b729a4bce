import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageStatus } from '../../components/storage-status.tsx';
import { NOTE_LIMITS } from '../../domain/notes/note-types.ts';
import type { SessionRef } from '../../domain/notes/session-ref.ts';
import { useEarlyNote } from '../../hooks/use-early-note.ts';
import { useNotes } from '../../hooks/use-notes.ts';
import { withEarlyText } from '../../lib/early-note.ts';
import { isSessionNote, readMeta, type SessionNoteMeta } from '../../lib/session-notes.ts';

type CardNoteProps = {
  cardRef: string;
  sessionRef: SessionRef;
  seat: number;
  step?: number | undefined;
  /** The participant shares notes in a live room: the help says so instead of «private». */
  shared?: boolean | undefined;
};

/**
 * The participant's own note for one card, saved as typed: the first keystroke creates the note
 * in the notes repository, every later one goes through its debounced setText. Private: it stays
 * on the phone until handed in.
 */
export function CardNote({ cardRef, sessionRef, seat, step, shared }: CardNoteProps) {
  const { t } = useTranslation('join');
  const id = useId();
  const { repo, snapshot } = useNotes();
  const noteFor = (ref: string) =>
    snapshot.notes.find((n) => {
      if (!isSessionNote(n, sessionRef.code) || n.cardRef !== ref) return false;
      const meta = readMeta(n);
      return meta.mine === true && meta.seat === seat;
    });
  const note = noteFor(cardRef);
  const write = (text: string, ref = cardRef) => {
    const existing = noteFor(ref);
    if (existing) {
      repo.setText(existing.id, text);
      return;
    }
    const meta: SessionNoteMeta = {
      seat,
      mine: true,
      session: { seed: sessionRef.seed, decks: sessionRef.decks.map((d) => ({ ...d })) },
      ...(step === undefined ? {} : { stepIndex: step }),
    };
    repo.put({ kind: 'note', sessionId: sessionRef.code, cardRef: ref, text, meta });
  };
  const field = useRef<HTMLTextAreaElement>(null);
  // What was typed into the pre-painted field before the app took over: added, never in place.
  useEarlyNote(snapshot.status !== 'loading', field, cardRef, (early, ref) =>
    write(withEarlyText(noteFor(ref)?.text ?? '', early), ref),
  );
  return (
    <div className="card-note">
      <label htmlFor={`${id}-note`}>{t('note.label')}</label>
      <p className="help" id={`${id}-help`}>
        {shared ? t('room.noteShared') : t('note.private')}
      </p>
      <textarea
        ref={field}
        id={`${id}-note`}
        rows={5}
        maxLength={NOTE_LIMITS.text}
        value={note?.text ?? ''}
        aria-describedby={`${id}-help`}
        onChange={(event) => write(event.target.value)}
      />
      <StorageStatus />
    </div>
  );
}
