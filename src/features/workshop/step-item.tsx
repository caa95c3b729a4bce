import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deck } from '../../domain/deck/types.ts';
import type { RunSheet, Step } from '../../domain/workshop/run-sheet-types.ts';
import { updateStep, type StepPatch } from '../../domain/workshop/step-ops.ts';
import { ConfirmAction } from './confirm-action.tsx';
import { stepTimeText } from './duration-text.ts';
import { InstructionsField } from './instructions-field.tsx';
import { StepCardsField } from './step-cards-field.tsx';
import { StepFields } from './step-fields.tsx';
import { isTypingTarget } from './typing-target.ts';
import type { DragState, useDragReorder } from './use-drag-reorder.ts';

type StepItemProps = {
  step: Step;
  index: number;
  count: number;
  decks: readonly Deck[];
  apply: (change: (sheet: RunSheet) => RunSheet) => void;
  /** Moves the step; `focus` is the control to keep focus on afterwards. */
  onMove: (from: number, to: number, focus: HTMLElement | null) => void;
  onDuplicate: (stepId: string) => void;
  onDelete: (stepId: string) => void;
  handleProps: ReturnType<typeof useDragReorder>['handleProps'];
  drag: DragState | null;
};

/** The class that shows where a dragged step would land. */
function dropClass(drag: DragState | null, index: number): string {
  if (!drag || drag.from === index || drag.to !== index) return '';
  return drag.to > drag.from ? ' step-drop-after' : ' step-drop-before';
}

/** One step of the plan: its format and time, its cards and instructions, and how to move it. */
export function StepItem(props: StepItemProps) {
  const { step, index, count, decks, apply, onMove, drag } = props;
  const { t } = useTranslation('workshop');
  const name = t(`format.${step.format}.name`);
  const update = (patch: StepPatch) => apply((sheet) => updateStep(sheet, step.id, patch));
  const dragging = drag?.from === index;
  const byArrow = (event: KeyboardEvent<HTMLElement>, needAlt: boolean) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    if (needAlt && (!event.altKey || isTypingTarget(event.target))) return;
    event.preventDefault();
    event.stopPropagation();
    onMove(index, index + (event.key === 'ArrowUp' ? -1 : 1), event.target as HTMLElement);
  };
  return (
    <li
      className={`step${dragging ? ' step-dragging' : ''}${dropClass(drag, index)}`}
      style={dragging && drag ? { transform: `translateY(${drag.dy}px)` } : undefined}
      data-step-id={step.id}
      onKeyDown={(event) => byArrow(event, true)}
    >
      <div className="step-head">
        <button
          type="button"
          className="step-handle"
          aria-label={t('steps.handle', { n: index + 1, name })}
          aria-describedby="steps-move-help"
          onKeyDown={(event) => byArrow(event, false)}
          {...props.handleProps(index)}
        >
          <svg viewBox="0 0 12 20" width="12" height="20" aria-hidden="true" focusable="false">
            {[3, 10, 17].flatMap((y) =>
              [2, 10].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.8" />),
            )}
          </svg>
        </button>
        <div className="step-title">
          <h3 id={`step-${step.id}-heading`} tabIndex={-1}>
            {t('steps.heading', { n: index + 1, name })}
          </h3>
          <p className="step-time">{stepTimeText(t, step)}</p>
        </div>
        <div className="step-move" role="group" aria-label={t('steps.moveGroup', { n: index + 1 })}>
          <button
            type="button"
            className="button button-quiet"
            data-move="up"
            disabled={index === 0}
            onClick={(event) => onMove(index, index - 1, event.currentTarget)}
          >
            {t('steps.up')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            data-move="down"
            disabled={index === count - 1}
            onClick={(event) => onMove(index, index + 1, event.currentTarget)}
          >
            {t('steps.down')}
          </button>
        </div>
      </div>
      <StepFields step={step} update={update} />
      <StepCardsField step={step} decks={decks} update={update} />
      <InstructionsField step={step} update={update} />
      <div className="workshop-actions">
        <button type="button" className="button button-quiet" onClick={() => props.onDuplicate(step.id)}>
          {t('steps.duplicate')}
        </button>
        <ConfirmAction
          label={t('steps.delete')}
          question={t('steps.deleteQuestion', { n: index + 1, name })}
          confirmLabel={t('steps.deleteConfirm')}
          onConfirm={() => props.onDelete(step.id)}
        />
      </div>
    </li>
  );
}
