import { QuestionCard } from '../../components/card/question-card.tsx';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck, Lang } from '../../domain/deck/types.ts';
import { findCard, type StepShow } from './step-show.ts';

// Longer questions get smaller type so that every card fits the screen without scrolling.
const sizeOf = (length: number) => (length <= 70 ? 's' : length <= 140 ? 'm' : 'l');

type StageCardsProps = { show: StepShow; decks: readonly Deck[]; lang: Lang };

/** The step's card in projector type, or the theme cards a group chooses from. */
export function StageCards({ show, decks, lang }: StageCardsProps) {
  const found = show.cards.map((ref) => findCard(decks, ref)).filter((f) => f !== null);
  if (show.layout === 'none' || found.length === 0) return null;
  const longest = Math.max(...found.map(({ card }) => localize(card.text, lang).text.length));
  return (
    <div className="stage-cards" data-layout={show.layout} data-size={sizeOf(longest)}>
      {found.map(({ deck, card }) => (
        <QuestionCard key={`${deck.id}/${card.id}`} deck={deck} card={card} lang={lang} density="projector" />
      ))}
    </div>
  );
}
