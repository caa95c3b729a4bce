import { useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageStatus } from '../../components/storage-status.tsx';
import { NOTE_LIMITS } from '../../domain/notes/note-types.ts';
import { useNotes } from '../../hooks/use-notes.ts';
import { JOURNAL_KIND } from './journal-records.ts';

type JournalFieldProps = {
  label: string;
  /** The card the entry is about (null: a free entry). */
  cardRef: string | null;
  /** The entry being written, or null until the first keystroke creates it. */
  entryId: string | null;
  /** meta.round of a new entry (an answer given again joins the earlier answer's thread). */
  round?: string;
  onCreated?: (id: string) => void;
  textareaRef?: Ref<HTMLTextAreaElement>;
  help?: string;
};

/**
 * A journal entry's text field. Every keystroke goes to the notes repository: the first one
 * creates the entry, the rest replace its text (saved within 300 ms and whenever the page is
 * hidden). While the stored notes load the field is read-only, so nothing typed can overwrite them.
 */
export function JournalField({
  label,
  cardRef,
  entryId,
  round,
  onCreated,
  textareaRef,
  help,
}: JournalFieldProps) {
  const { t } = useTranslation('solo');
  const { repo, snapshot } = useNotes();
  const id = useId();
  const saved = useRef(entryId);
  const [draft, setDraft] = useState<string | null>(null);
  const loading = snapshot.status === 'loading';
  const value = draft ?? (entryId === null ? '' : (repo.get(entryId)?.text ?? ''));
  const write = (text: string) => {
    setDraft(text);
    if (saved.current !== null) {
      repo.setText(saved.current, text);
      return;
    }
    const note = repo.put({
      kind: JOURNAL_KIND,
      cardRef,
      text,
      meta: round === undefined ? undefined : { round },
    });
    saved.current = note.id;
    onCreated?.(note.id);
  };
  return (
    <div className="solo-field">
      <label htmlFor={id} className="solo-field-label">
        {label}
      </label>
      {help && (
        <p className="help" id={`${id}-help`}>
          {loading ? t('session.loadingText') : help}
        </p>
      )}
      <textarea
        id={id}
        ref={textareaRef}
        className="solo-textarea"
        rows={7}
        value={value}
        maxLength={NOTE_LIMITS.text}
        readOnly={loading}
        aria-busy={loading}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(event) => write(event.target.value)}
      />
      <StorageStatus />
    </div>
  );
}
