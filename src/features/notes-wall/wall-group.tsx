import { useTranslation } from 'react-i18next';
import { QuestionCard } from '../../components/card/question-card.tsx';
import type { Deck, Lang } from '../../domain/deck/types.ts';
import { categoryLabel, findCard } from './card-lookup.ts';
import type { GroupBy, NoteGroup } from './group-notes.ts';
import { WallNote } from './wall-note.tsx';
import { CloudDetails } from './projector/cloud-details.tsx';

type WallGroupProps = {
  group: NoteGroup;
  by: GroupBy;
  position: { n: number; total: number };
  decks: readonly Deck[];
  lang: Lang;
  showAuthors: boolean;
  highlights: ReadonlySet<string>;
  onToggle: (id: string) => void;
};

/** One group of notes for the projector: its card (or category, or seat) and the notes. */
export function WallGroup({
  group,
  by,
  position,
  decks,
  lang,
  showAuthors,
  highlights,
  onToggle,
}: WallGroupProps) {
  const { t } = useTranslation('notes');
  const found = by === 'card' && group.key !== '' ? findCard(decks, group.key) : undefined;
  const heading = () => {
    if (group.key === '') return t(`wall.none.${by}`);
    if (by === 'card') return t('wall.cardGroup', position);
    if (by === 'category') return categoryLabel(decks, group.key, lang);
    return t('wall.seat', { seat: group.key });
  };
  return (
    <section className="wall-group" aria-labelledby="wall-group-heading">
      <h3 id="wall-group-heading">{heading()}</h3>
      {found && <QuestionCard deck={found.deck} card={found.card} lang={lang} density="tablet" />}
      {by === 'card' && group.key !== '' && !found && <p className="help">{group.key}</p>}
      <ul className="wall-notes">
        {group.notes.map((note) => (
          <WallNote
            key={note.id}
            note={note}
            showAuthor={showAuthors}
            highlighted={highlights.has(note.id)}
            onToggle={() => onToggle(note.id)}
          />
        ))}
      </ul>
      {by === 'card' && <CloudDetails texts={group.notes.map((n) => n.text)} />}
    </section>
  );
}
