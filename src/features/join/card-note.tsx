import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageStatus } from '../../components/storage-status.tsx';
import { NOTE_LIMITS } from '../../domain/notes/note-types.ts';
import type { SessionRef } from '../../domain/notes/session-ref.ts';
import { useNotes } from '../../hooks/use-notes.ts';
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
  const note = snapshot.notes.find((n) => {
    if (!isSessionNote(n, sessionRef.code) || n.cardRef !== cardRef) return false;
    const meta = readMeta(n);
    return meta.mine === true && meta.seat === seat;
  });
  const write = (text: string) => {
    if (note) {
      repo.setText(note.id, text);
      return;
    }
    const meta: SessionNoteMeta = {
      seat,
      mine: true,
      session: { seed: sessionRef.seed, decks: sessionRef.decks.map((d) => ({ ...d })) },
      ...(step === undefined ? {} : { stepIndex: step }),
    };
    repo.put({ kind: 'note', sessionId: sessionRef.code, cardRef, text, meta });
  };
  return (
    <div className="card-note">
      <label htmlFor={`${id}-note`}>{t('note.label')}</label>
      <p className="help" id={`${id}-help`}>
        {shared ? t('room.noteShared') : t('note.private')}
      </p>
      <textarea
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
