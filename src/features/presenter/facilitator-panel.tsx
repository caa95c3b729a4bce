import { hasCardDetails } from '../../domain/deck/card-details.ts';
import { useTranslation } from 'react-i18next';
import { CardDetails } from '../../components/card/card-details.tsx';
import { localize } from '../../domain/deck/localize.ts';
import type { Deck } from '../../domain/deck/types.ts';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import { blurAfterClick } from './blur-after-click.ts';
import { stepLengthLabel } from './duration-label.ts';
import { FacilitatorNotes } from './facilitator-notes.tsx';
import { NextUp } from './next-up.tsx';
import type { Position } from './presenter-nav.ts';
import { findCard, type StepShow } from './step-show.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import './presenter-side.css';

type FacilitatorPanelProps = {
  sheet: RunSheet;
  sessionId: string | null;
  position: Position;
  rounds: readonly number[];
  show: StepShow;
  decks: readonly Deck[];
  onGoToStep: (index: number) => void;
};

/** The presenter's side of the laptop screen: the steps, what comes next, the card's hints, notes. */
export function FacilitatorPanel(props: FacilitatorPanelProps) {
  const { sheet, sessionId, position, rounds, show, decks, onGoToStep } = props;
  const { t } = useTranslation('presenter');
  const lang = useContentLang();
  const step = sheet.steps[position.step];
  const cards = show.cards.map((ref) => findCard(decks, ref)).filter((f) => f !== null);
  const withDetails = cards.filter(({ deck, card }) => hasCardDetails(deck, card));
  return (
    <aside className="presenter-side" aria-label={t('side.label')}>
      <h2>{t('side.steps')}</h2>
      <ol className="presenter-steps" onClick={blurAfterClick}>
        {sheet.steps.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              className="presenter-step"
              aria-current={i === position.step ? 'step' : undefined}
              onClick={() => onGoToStep(i)}
            >
              <span className="presenter-step-format">{t(`format.${s.format}`)}</span>
              <span className="presenter-step-length">{stepLengthLabel(t, s, rounds[i] ?? 1)}</span>
            </button>
          </li>
        ))}
      </ol>
      <NextUp sheet={sheet} position={position} rounds={rounds} />
      {withDetails.length > 0 && <h2>{t('side.card')}</h2>}
      {withDetails.map(({ deck, card }) => (
        <div key={`${deck.id}/${card.id}`} className="presenter-card-notes">
          <p className="presenter-card-text">{localize(card.text, lang).text}</p>
          <CardDetails deck={deck} card={card} lang={lang} />
        </div>
      ))}
      <h2>{t('side.notes')}</h2>
      {step && <FacilitatorNotes sessionId={sessionId} sheetId={sheet.id} stepId={step.id} />}
    </aside>
  );
}
