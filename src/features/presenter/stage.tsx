import { useTranslation } from 'react-i18next';
import { TimerFace } from '../../components/timer/timer-face.tsx';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck } from '../../domain/deck/types.ts';
import { FORMAT_TABLE } from '../../domain/workshop/exercise-formats.ts';
import type { Step } from '../../domain/workshop/run-sheet-types.ts';
import type { TimerStatus } from '../../domain/timer/timer-read.ts';
import type { TimerAnnouncement } from '../../hooks/use-timer.ts';
import { StageCards } from './stage-cards.tsx';
import './stage.css';
import type { StepShow } from './step-show.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';

export type StageTimer = {
  remainingMs: number;
  status: TimerStatus;
  progress: number;
  announcement: TimerAnnouncement | null;
};

type StageProps = {
  step: Step;
  stepIndex: number;
  steps: number;
  round: number;
  rounds: number;
  show: StepShow;
  decks: readonly Deck[];
  timer: StageTimer;
  blank: boolean;
};

/**
 * What the room sees: the step, its card(s) in projector type, the instructions and the big
 * timer. A silent step is calm (a slow ring, no running digits); blank is an empty, dark screen.
 */
export function Stage({ step, stepIndex, steps, round, rounds, show, decks, timer, blank }: StageProps) {
  const { t } = useTranslation('presenter');
  const lang = useContentLang();
  if (blank) {
    return (
      <section className="stage stage-blank" aria-label={t('stage.label')}>
        <p className="visually-hidden">{t('stage.blank')}</p>
      </section>
    );
  }
  const calm = FORMAT_TABLE[step.format].calm;
  const instructions = localize(step.instructions, lang);
  const switchPartner = step.format === 'speed-date' && timer.status === 'finished' && round + 1 < rounds;
  return (
    <section
      className="stage"
      aria-label={t('stage.label')}
      data-status={timer.status}
      data-calm={calm}
      data-layout={show.layout}
    >
      <div className="stage-grid">
        <header className="stage-head">
          <h2 className="stage-format">{t(`format.${step.format}`)}</h2>
          <p className="stage-progress">
            {t('progress', { step: stepIndex + 1, steps })}
            {rounds > 1 && <span className="stage-round"> · {t('round', { round: round + 1, rounds })}</span>}
          </p>
        </header>
        <StageCards show={show} decks={decks} lang={lang} />
        <p className="stage-instructions" lang={instructions.lang}>
          {instructions.text}
        </p>
        <div className="stage-timer">
          <TimerFace
            remainingMs={timer.remainingMs}
            status={timer.status}
            progress={timer.progress}
            announcement={timer.announcement}
            showTime={!calm}
            variant={calm ? 'calm' : 'standard'}
          />
          {switchPartner && <p className="stage-signal">{t('switchPartner')}</p>}
          {show.sittingOut !== null && (
            <p className="stage-note">{t('sittingOut', { seat: show.sittingOut })}</p>
          )}
        </div>
      </div>
    </section>
  );
}
