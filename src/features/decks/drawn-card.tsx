import { m, useReducedMotionConfig } from 'framer-motion';
import { QuestionCard } from '../../components/card/question-card.tsx';
import type { Card, Deck } from '../../domain/deck/types.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { useCardDensity } from './use-card-density.ts';

/**
 * The card just drawn, arriving with a short, soft slide. Keyed by card in the parent, so each
 * draw is a new arrival. Under reduced motion (device or in-app switch) it simply appears.
 */
export function DrawnCard({ deck, card }: { deck: Deck; card: Card }) {
  const lang = useContentLang();
  const density = useCardDensity();
  const reduce = useReducedMotionConfig() ?? false;
  return (
    <m.div
      key={`${deck.id}/${card.id}`}
      initial={reduce ? false : { opacity: 0, y: 24, rotate: -1.5 }}
      animate={{ opacity: 1, y: 0, rotate: 0 }}
      transition={{ duration: 0.28, ease: 'easeOut' }}
    >
      <QuestionCard deck={deck} card={card} lang={lang} density={density} details />
    </m.div>
  );
}
