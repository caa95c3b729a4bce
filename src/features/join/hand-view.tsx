import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { domMax, LazyMotion, m, type PanInfo } from 'framer-motion';
import { QuestionCard } from '../../components/card/question-card.tsx';
import type { SessionRef } from '../../domain/notes/session-ref.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { useHotkeys } from '../../hooks/use-hotkeys.ts';
import { CardNote } from './card-note.tsx';
import type { HandCard } from './session-cards.ts';

type HandViewProps = {
  cards: readonly HandCard[];
  sessionRef: SessionRef;
  seat: number;
  step?: number | undefined;
  /** Notes are shared in a live room (the note's help text says so). */
  shared?: boolean | undefined;
};

// A swipe counts when the card travelled a third of a small phone, or was flicked.
const SWIPE_DISTANCE = 80;
const SWIPE_SPEED = 400;

/**
 * The participant's hand, one card at a time: swipe sideways (framer-motion drag) or use the
 * large buttons below, which also work with a keyboard and screen reader. The note for the card
 * sits right under it.
 */
export function HandView({ cards, sessionRef, seat, step, shared }: HandViewProps) {
  const { t } = useTranslation('join');
  const lang = useContentLang();
  const [index, setIndex] = useState(0);
  const [direction, setDirection] = useState(0);
  const go = (delta: number) => {
    const next = Math.min(Math.max(index + delta, 0), cards.length - 1);
    if (next === index) return;
    setDirection(delta);
    setIndex(next);
  };
  useHotkeys({ ArrowLeft: () => go(-1), ArrowRight: () => go(1) });
  const current = cards[index];
  if (current === undefined) {
    return (
      <section className="hand" aria-labelledby="hand-heading">
        <h2 id="hand-heading">{t('hand.heading')}</h2>
        <p>{t('hand.empty')}</p>
      </section>
    );
  }
  const onDragEnd = (_: unknown, info: PanInfo) => {
    if (info.offset.x < -SWIPE_DISTANCE || info.velocity.x < -SWIPE_SPEED) go(1);
    else if (info.offset.x > SWIPE_DISTANCE || info.velocity.x > SWIPE_SPEED) go(-1);
  };
  return (
    <section className="hand" aria-labelledby="hand-heading">
      <h2 id="hand-heading">{t('hand.heading')}</h2>
      <p className="help hand-swipe-help">{t('hand.swipeHelp')}</p>
      {/* The app's shared features (domAnimation) leave drag out; this screen's chunk brings it. */}
      <LazyMotion features={domMax} strict>
        <m.div
          className="hand-card"
          drag="x"
          dragConstraints={{ left: 0, right: 0 }}
          dragElastic={0.5}
          dragSnapToOrigin
          onDragEnd={onDragEnd}
        >
          <m.div
            key={current.ref}
            initial={direction === 0 ? false : { opacity: 0, x: direction * 48 }}
            animate={{ opacity: 1, x: 0 }}
            transition={{ duration: 0.2, ease: 'easeOut' }}
          >
            <QuestionCard deck={current.deck} card={current.card} lang={lang} density="phone" />
          </m.div>
        </m.div>
      </LazyMotion>
      <div className="hand-nav">
        <button type="button" className="button hand-prev" onClick={() => go(-1)} disabled={index === 0}>
          {t('hand.prev')}
        </button>
        <p className="hand-position" aria-live="polite">
          {t('hand.position', { n: index + 1, total: cards.length })}
        </p>
        <button
          type="button"
          className="button hand-next"
          onClick={() => go(1)}
          disabled={index === cards.length - 1}
        >
          {t('hand.next')}
        </button>
      </div>
      <CardNote
        key={current.ref}
        cardRef={current.ref}
        sessionRef={sessionRef}
        seat={seat}
        step={step}
        shared={shared}
      />
    </section>
  );
}
