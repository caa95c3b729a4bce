import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deck, Lang } from '../../domain/deck/types.ts';
import type { Note } from '../../domain/notes/note-types.ts';
import { useHotkeys } from '../../hooks/use-hotkeys.ts';
import { cardText, categoryKey, categoryLabel } from './card-lookup.ts';
import { GROUP_BYS, groupNotes, type GroupBy, type NoteGroup } from './group-notes.ts';
import { WallGroup } from './wall-group.tsx';

type WallViewProps = { notes: readonly Note[]; decks: readonly Deck[]; lang: Lang };

const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The notes wall for the projector: one group at a time (by card, category or seat), authors shown
 * or hidden, notes picked to highlight. Buttons, a group list, and the keyboard or a presenter
 * clicker (PageDown/PageUp, arrows; never while typing) move between groups.
 */
export function WallView({ notes, decks, lang }: WallViewProps) {
  const { t } = useTranslation('notes');
  const id = useId();
  const [by, setBy] = useState<GroupBy>('card');
  const [showAuthors, setShowAuthors] = useState(false);
  const [highlights, setHighlights] = useState<ReadonlySet<string>>(() => new Set());
  const [wanted, setWanted] = useState(0);
  const groups = useMemo(() => groupNotes(notes, by, (ref) => categoryKey(decks, ref)), [notes, by, decks]);
  const index = Math.min(wanted, Math.max(groups.length - 1, 0));
  const go = (delta: number) =>
    setWanted(Math.min(Math.max(index + delta, 0), Math.max(groups.length - 1, 0)));
  useHotkeys({
    PageDown: () => go(1),
    PageUp: () => go(-1),
    ArrowRight: () => go(1),
    ArrowLeft: () => go(-1),
  });
  const toggle = (noteId: string) =>
    setHighlights((current) => {
      const next = new Set(current);
      if (!next.delete(noteId)) next.add(noteId);
      return next;
    });
  const optionLabel = (group: NoteGroup, i: number) => {
    if (group.key === '') return t(`wall.none.${by}`);
    if (by === 'card') return `${i + 1}. ${shorten(cardText(decks, group.key, lang))}`;
    if (by === 'category') return categoryLabel(decks, group.key, lang);
    return t('wall.seat', { seat: group.key });
  };
  const group = groups[index];
  return (
    <section className="wall" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('wall.heading')}</h2>
      <div className="wall-controls">
        <fieldset className="wall-group-by">
          <legend>{t('wall.groupBy')}</legend>
          {GROUP_BYS.map((option) => (
            <label key={option} className="radio">
              <input
                type="radio"
                name={`${id}-by`}
                value={option}
                checked={by === option}
                onChange={() => {
                  setBy(option);
                  setWanted(0);
                }}
              />
              {t(`wall.by.${option}`)}
            </label>
          ))}
        </fieldset>
        <label className="check">
          <input
            type="checkbox"
            role="switch"
            checked={showAuthors}
            onChange={(event) => setShowAuthors(event.target.checked)}
          />
          <span>{t('wall.showAuthors')}</span>
        </label>
      </div>
      {group === undefined ? (
        <p>{t('wall.empty')}</p>
      ) : (
        <>
          <nav className="wall-nav" aria-label={t('wall.navLabel')}>
            <button type="button" className="button" disabled={index === 0} onClick={() => go(-1)}>
              {t('wall.prev')}
            </button>
            <p className="wall-position" aria-live="polite">
              {t('wall.position', { n: index + 1, total: groups.length })}
            </p>
            <button
              type="button"
              className="button"
              disabled={index === groups.length - 1}
              onClick={() => go(1)}
            >
              {t('wall.next')}
            </button>
            <label className="wall-jump">
              <span>{t('wall.jump')}</span>
              <select value={index} onChange={(event) => setWanted(Number(event.target.value))}>
                {groups.map((g, i) => (
                  <option key={g.key || '-'} value={i}>
                    {optionLabel(g, i)}
                  </option>
                ))}
              </select>
            </label>
          </nav>
          <WallGroup
            key={`${by}:${group.key}`}
            group={group}
            by={by}
            position={{ n: index + 1, total: groups.length }}
            decks={decks}
            lang={lang}
            showAuthors={showAuthors}
            highlights={highlights}
            onToggle={toggle}
          />
          <p className="help">{t('wall.keys')}</p>
        </>
      )}
    </section>
  );
}
