import { m, useReducedMotionConfig } from 'framer-motion';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../domain/notes/note-types.ts';

/**
 * One note on the projector, arriving with a short rise and fade when revealed or shared. Under
 * reduced motion (the device's setting or the app's switch) it simply appears.
 */
export function ProjectorNote({ note, showAuthor }: { note: Note; showAuthor: boolean }) {
  const { t } = useTranslation('notes');
  const reduce = useReducedMotionConfig() ?? false;
  const who = [
    ...(note.author === undefined ? [] : [note.author]),
    ...(note.seat === undefined ? [] : [t('wall.seat', { seat: note.seat })]),
  ].join(', ');
  return (
    <m.li
      className="projector-note"
      initial={reduce ? false : { opacity: 0, y: 24 }}
      animate={{ opacity: 1, y: 0 }}
      transition={{ duration: 0.3, ease: 'easeOut' }}
    >
      <p className="projector-note-text">{note.text}</p>
      {showAuthor && who !== '' && <p className="projector-note-author">— {who}</p>}
    </m.li>
  );
}
