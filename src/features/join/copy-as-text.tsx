import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * «Kopier som tekst»: the hand-in as text on the clipboard, for phones that can neither share nor
 * download a file. When the clipboard is refused, the text is shown read-only to copy by hand.
 */
export function CopyAsText({ text }: { text: () => string }) {
  const { t } = useTranslation('join');
  const id = useId();
  const [state, setState] = useState<{ kind: 'idle' | 'copied' } | { kind: 'manual'; text: string }>({
    kind: 'idle',
  });
  const copy = async () => {
    const value = text();
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', text: value });
    }
  };
  return (
    <div className="copy-as-text">
      <button type="button" className="button button-quiet" onClick={() => void copy()}>
        {t('handIn.copy')}
      </button>
      <div role="status">{state.kind === 'copied' && <p>{t('handIn.copied')}</p>}</div>
      {state.kind === 'manual' && (
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('handIn.manualLabel')}</label>
          <p className="help" id={`${id}-help`}>
            {t('handIn.manualHelp')}
          </p>
          <textarea
            id={`${id}-text`}
            readOnly
            rows={8}
            value={state.text}
            aria-describedby={`${id}-help`}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}
