import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageStatus } from '../../components/storage-status.tsx';
import { useNotes } from '../../hooks/use-notes.ts';

/** The note kind of the facilitator's own notes, one per step of a run. */
export const FACILITATOR_NOTE = 'facilitator';

type FacilitatorNotesProps = {
  sessionId: string | null;
  sheetId: string;
  stepId: string;
};

/**
 * The facilitator's notes to the current step (what the room said, what to follow up), kept in
 * the notes repository on this device. Presenter keys never fire while typing here.
 */
export function FacilitatorNotes({ sessionId, sheetId, stepId }: FacilitatorNotesProps) {
  const { t } = useTranslation('presenter');
  const id = useId();
  const { repo, snapshot } = useNotes();
  const note = snapshot.notes.find(
    (n) =>
      n.kind === FACILITATOR_NOTE &&
      n.sessionId === sessionId &&
      n.meta?.sheetId === sheetId &&
      n.meta?.stepId === stepId,
  );
  const change = (text: string) => {
    if (note) repo.setText(note.id, text);
    else repo.put({ kind: FACILITATOR_NOTE, sessionId, cardRef: null, text, meta: { sheetId, stepId } });
  };
  return (
    <div className="facilitator-notes">
      <label htmlFor={id}>{t('side.notesLabel')}</label>
      <textarea id={id} rows={5} value={note?.text ?? ''} onChange={(e) => change(e.target.value)} />
      <StorageStatus />
    </div>
  );
}
