import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/deck/localize.ts';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import { stepLengthLabel } from './duration-label.ts';
import { nextPosition, samePosition, type Position } from './presenter-nav.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';

type NextUpProps = { sheet: RunSheet; position: Position; rounds: readonly number[] };

/** A preview of what PageDown brings: the next round, the next step with its instructions, or the end. */
export function NextUp({ sheet, position, rounds }: NextUpProps) {
  const { t } = useTranslation('presenter');
  const lang = useContentLang();
  const next = nextPosition(position, rounds);
  const step = sheet.steps[next.step];
  let body;
  if (samePosition(next, position) || !step) body = <p>{t('side.end')}</p>;
  else if (next.step === position.step)
    body = <p>{t('round', { round: next.round + 1, rounds: rounds[next.step] ?? 1 })}</p>;
  else {
    const instructions = localize(step.instructions, lang);
    body = (
      <>
        <p className="presenter-next-title">
          {t(`format.${step.format}`)} · {stepLengthLabel(t, step, rounds[next.step] ?? 1)}
        </p>
        <p className="presenter-next-text" lang={instructions.lang}>
          {instructions.text}
        </p>
      </>
    );
  }
  return (
    <section className="presenter-next" aria-labelledby="presenter-next-heading">
      <h2 id="presenter-next-heading">{t('side.next')}</h2>
      {body}
    </section>
  );
}
