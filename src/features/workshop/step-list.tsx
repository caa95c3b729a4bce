import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deck } from '../../domain/deck/types.ts';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import { duplicateStep, moveStep, removeStep } from '../../domain/workshop/step-ops.ts';
import { newId } from '../../lib/new-id.ts';
import { StepItem } from './step-item.tsx';
import { useDragReorder } from './use-drag-reorder.ts';
import './steps.css';

type StepListProps = {
  sheet: RunSheet;
  decks: readonly Deck[];
  apply: (change: (sheet: RunSheet) => RunSheet) => void;
};

/** Where focus goes after a change has been rendered (the element itself may have moved). */
function refocus(element: HTMLElement): void {
  if (element.isConnected && !(element instanceof HTMLButtonElement && element.disabled)) {
    element.focus();
    return;
  }
  // A move button at the end of the list is now disabled: its partner (or the handle) takes over.
  const step = element.closest('li.step');
  const other = step?.querySelector<HTMLElement>('[data-move]:not(:disabled)');
  (other ?? step?.querySelector<HTMLElement>('.step-handle'))?.focus();
}

/**
 * The plan's steps in order. Steps move by dragging their handle, with the move buttons, or with
 * Alt+arrow keys anywhere in the step (arrows alone on the handle); every change of order or
 * number is said in a polite live region, and focus stays with the step that moved.
 */
export function StepList({ sheet, decks, apply }: StepListProps) {
  const { t } = useTranslation('workshop');
  const list = useRef<HTMLOListElement>(null);
  const after = useRef<(() => void) | null>(null);
  const [said, setSaid] = useState({ text: '', n: 0 });
  useLayoutEffect(() => {
    const run = after.current;
    after.current = null;
    run?.();
  }, [sheet.steps]);
  // The same sentence twice in a row must be said twice: a zero-width space tells them apart.
  const say = (text: string) => setSaid((s) => ({ text: s.n % 2 ? text : `${text}\u200b`, n: s.n + 1 }));
  const nameAt = (index: number) => {
    const step = sheet.steps[index];
    return step ? t(`format.${step.format}.name`) : '';
  };
  const move = (from: number, to: number, focus: HTMLElement | null) => {
    const count = sheet.steps.length;
    const target = Math.min(Math.max(0, to), count - 1);
    if (target === from || from < 0 || from >= count) return;
    apply((s) => moveStep(s, from, target));
    say(t('steps.moved', { name: nameAt(from), position: target + 1, count }));
    if (focus) after.current = () => refocus(focus);
  };
  const { drag, handleProps } = useDragReorder(list, (from, to) => move(from, to, null));
  const duplicate = (stepId: string) => {
    const index = sheet.steps.findIndex((s) => s.id === stepId);
    const id = newId();
    apply((s) => duplicateStep(s, stepId, () => id));
    say(t('steps.duplicated', { n: index + 1, copy: index + 2 }));
    after.current = () => document.getElementById(`step-${id}-heading`)?.focus();
  };
  const remove = (stepId: string) => {
    const index = sheet.steps.findIndex((s) => s.id === stepId);
    const name = nameAt(index);
    apply((s) => removeStep(s, stepId));
    say(t('steps.deleted', { n: index + 1, name }));
    after.current = () => document.getElementById('steps-heading')?.focus();
  };
  return (
    <>
      {sheet.steps.length === 0 ? (
        <p>{t('steps.none')}</p>
      ) : (
        <ol className="steps" ref={list} aria-labelledby="steps-heading">
          {sheet.steps.map((step, index) => (
            <StepItem
              key={step.id}
              step={step}
              index={index}
              count={sheet.steps.length}
              decks={decks}
              apply={apply}
              onMove={move}
              onDuplicate={duplicate}
              onDelete={remove}
              handleProps={handleProps}
              drag={drag}
            />
          ))}
        </ol>
      )}
      <div className="visually-hidden" role="status" aria-live="polite">
        {said.text}
      </div>
    </>
  );
}
