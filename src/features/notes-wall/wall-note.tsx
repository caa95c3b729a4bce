import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../domain/notes/note-types.ts';

type WallNoteProps = { note: Note; showAuthor: boolean; highlighted: boolean; onToggle: () => void };

/** One note on the wall: the text as written, who wrote it when shown, and a highlight toggle. */
export function WallNote({ note, showAuthor, highlighted, onToggle }: WallNoteProps) {
  const { t } = useTranslation('notes');
  const id = useId();
  const who = [
    ...(note.author === undefined ? [] : [note.author]),
    ...(note.seat === undefined ? [] : [t('wall.seat', { seat: note.seat })]),
  ].join(', ');
  return (
    <li className={highlighted ? 'wall-note wall-note-highlighted' : 'wall-note'}>
      <p className="wall-note-text" id={`${id}-text`}>
        {note.text}
      </p>
      {showAuthor && who !== '' && <p className="wall-note-author">— {who}</p>}
      <button
        type="button"
        className="button-quiet wall-highlight"
        aria-pressed={highlighted}
        aria-describedby={`${id}-text`}
        onClick={onToggle}
      >
        {highlighted ? t('wall.highlighted') : t('wall.highlight')}
      </button>
    </li>
  );
}
