import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyLocalized } from '../../domain/deck/copy-deck.ts';
import { localize } from '../../domain/deck/localize.ts';
import { DEFAULT_INSTRUCTIONS } from '../../domain/workshop/default-instructions.ts';
import { RUN_SHEET_LIMITS } from '../../domain/workshop/run-sheet-types.ts';
import type { Step } from '../../domain/workshop/run-sheet-types.ts';
import type { StepPatch } from '../../domain/workshop/step-ops.ts';
import { useContentLang } from '../../hooks/use-content-lang.ts';
import { withText } from './localized-edit.ts';
import { TextField } from './text-field.tsx';

/** What the room is told in this step: starts as the format's default and is the facilitator's to edit. */
export function InstructionsField({ step, update }: { step: Step; update: (patch: StepPatch) => void }) {
  const { t } = useTranslation('workshop');
  const lang = useContentLang();
  // Bumped when the text is replaced from outside the field (reset to default), so it shows it.
  const [resets, setResets] = useState(0);
  const shown = localize(step.instructions, lang);
  const fallback = localize(DEFAULT_INSTRUCTIONS[step.format], lang).text;
  const check = (value: string) => {
    if (value.trim() === '') return t('step.instructionsEmpty');
    if ([...value.trim()].length > RUN_SHEET_LIMITS.instructions)
      return t('edit.tooLong', { max: RUN_SHEET_LIMITS.instructions });
    return null;
  };
  return (
    <div className="step-instructions">
      <TextField
        key={`${lang}-${step.format}-${resets}`}
        label={t('step.instructions')}
        value={shown.text}
        lang={shown.fallback ? shown.lang : undefined}
        multiline
        autoFocus={resets > 0}
        check={check}
        onCommit={(value) => update({ instructions: withText(step.instructions, lang, value) })}
      />
      {shown.text !== fallback && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            update({ instructions: copyLocalized(DEFAULT_INSTRUCTIONS[step.format]) });
            setResets((n) => n + 1);
          }}
        >
          {t('step.resetInstructions')}
        </button>
      )}
    </div>
  );
}
