import { useEffect, useId, useMemo, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionCard } from '../../../components/card/question-card.tsx';
import { Page } from '../../../components/page.tsx';
import type { Deck, Lang } from '../../../domain/deck/types.ts';
import type { Note } from '../../../domain/notes/note-types.ts';
import { useHotkeys } from '../../../hooks/use-hotkeys.ts';
import { setHtmlData } from '../../../lib/html-flags.ts';
import '../../../styles/projector.css';
import { categoryKey, findCard } from '../card-lookup.ts';
import { groupNotes } from '../group-notes.ts';
import { ProjectorLegend } from './projector-legend.tsx';
import { ProjectorNote } from './projector-note.tsx';
import {
  currentIndex,
  INITIAL_PROJECTOR,
  projectorReducer,
  shownCount,
  type ProjectorAction,
} from './projector-state.ts';
import { WordCloud } from './word-cloud.tsx';
import './projector-view.css';

type ProjectorViewProps = {
  title: string;
  notes: readonly Note[];
  decks: readonly Deck[];
  lang: Lang;
  onLeave: () => void;
};

/**
 * The notes wall on the projector, in the presenter's dark theme: one card's notes at a time
 * under its question, hidden until revealed one by one (or all at once), authors hidden unless
 * shown, or a word cloud of the card's notes. Steered by keys a presenter clicker sends (never
 * while typing) or by the buttons; Esc goes back to the wall. Notes that arrive while it is open
 * (imported, or shared live) join their card.
 */
export function ProjectorView({ title, notes, decks, lang, onLeave }: ProjectorViewProps) {
  const { t } = useTranslation('notes');
  const id = useId();
  const [state, dispatch] = useReducer(projectorReducer, INITIAL_PROJECTOR);
  const groups = useMemo(() => groupNotes(notes, 'card', (ref) => categoryKey(decks, ref)), [notes, decks]);
  const keys = useMemo(() => groups.map((g) => g.key), [groups]);
  const index = currentIndex(state.card, keys);
  const group = groups[index];
  const key = group?.key ?? '';
  const total = group?.notes.length ?? 0;
  const shown = shownCount(state.reveal[key], total);

  useEffect(() => {
    // The projector theme for the whole page: no app header or footer, a dark background.
    setHtmlData('presenting', 'presenter');
    // Opened from further down the wall: the projector starts at the top of the page.
    if (document.scrollingElement) document.scrollingElement.scrollTop = 0;
    return () => setHtmlData('presenting', undefined);
  }, []);

  const act = (action: ProjectorAction) => () => dispatch(action);
  const next = act({ type: 'move', delta: 1, keys });
  const previous = act({ type: 'move', delta: -1, keys });
  const reveal = act({ type: 'reveal-next', key, total });
  const all = act({ type: 'toggle-all', key, total });
  const authors = act({ type: 'toggle', what: 'authors' });
  const cloud = act({ type: 'toggle', what: 'cloud' });
  const legend = act({ type: 'toggle', what: 'legend' });
  useHotkeys({
    PageDown: next,
    ArrowRight: next,
    PageUp: previous,
    ArrowLeft: previous,
    ' ': reveal,
    b: reveal,
    B: reveal,
    '.': reveal,
    v: all,
    V: all,
    a: authors,
    A: authors,
    o: cloud,
    O: cloud,
    '?': legend,
    Escape: onLeave,
  });

  // The bounds are aria-disabled, not disabled: a button pressed to its end keeps the focus (the
  // actions do nothing there).
  const position = t('projector.position', { n: index + 1, total: Math.max(groups.length, 1) });
  const found = key === '' ? undefined : findCard(decks, key);
  const legendId = `${id}-legend`;
  return (
    <Page title={t('projector.title', { title })} className="projector-theme wall-projector" hideTitle>
      <div className="projector-bar">
        <p className="projector-where">
          {title} · {position}
        </p>
        <div className="projector-actions" role="group" aria-label={t('projector.actions')}>
          <button
            type="button"
            className="button button-quiet"
            aria-disabled={index === 0}
            onClick={previous}
          >
            {t('projector.previous')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-disabled={index >= groups.length - 1}
            onClick={next}
          >
            {t('projector.next')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-disabled={shown >= total}
            onClick={reveal}
          >
            {t('projector.reveal')}
          </button>
          <button type="button" className="button button-quiet" aria-disabled={total === 0} onClick={all}>
            {shown >= total && total > 0 ? t('projector.hideAll') : t('projector.showAll')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-pressed={state.authors}
            onClick={authors}
          >
            {t('projector.authors')}
          </button>
          <button type="button" className="button button-quiet" aria-pressed={state.cloud} onClick={cloud}>
            {t('cloud.title')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-expanded={state.legend}
            aria-controls={state.legend ? legendId : undefined}
            onClick={legend}
          >
            {t('projector.keys')}
          </button>
          <button type="button" className="button" onClick={onLeave}>
            {t('projector.leave')}
          </button>
        </div>
      </div>
      {group === undefined ? (
        <p className="projector-empty">{t('projector.empty')}</p>
      ) : (
        <section className="projector-card" aria-labelledby={`${id}-card`}>
          <h2 id={`${id}-card`} className="visually-hidden">
            {position}
          </h2>
          {found ? (
            <QuestionCard deck={found.deck} card={found.card} lang={lang} density="projector" />
          ) : (
            <p className="projector-question">{key === '' ? t('wall.none.card') : key}</p>
          )}
          <p className="projector-count" role="status">
            {t('projector.count', { shown, count: total })}
          </p>
          {state.cloud ? (
            <WordCloud texts={group.notes.map((n) => n.text)} />
          ) : (
            <ul className="projector-notes">
              {group.notes.slice(0, shown).map((note) => (
                <ProjectorNote key={note.id} note={note} showAuthor={state.authors} />
              ))}
            </ul>
          )}
        </section>
      )}
      {state.legend && <ProjectorLegend id={legendId} />}
    </Page>
  );
}
