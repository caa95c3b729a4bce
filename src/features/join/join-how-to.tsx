import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { hrefFor, navigate } from '../../lib/app-route.ts';
import { joinQueryOf } from './link-query.ts';

/** How to join: scan the QR, or type the short address or paste the link the facilitator shows. */
export function JoinHowTo() {
  const { t } = useTranslation('join');
  const id = useId();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = joinQueryOf(text);
    if (query === null) {
      setInvalid(true);
      return;
    }
    navigate(hrefFor('/join', query));
  };
  return (
    <Page title={t('title')} className="join">
      <p className="lead">{t('howTo.lead')}</p>
      <ol className="join-steps">
        <li>{t('howTo.scan')}</li>
        <li>{t('howTo.type')}</li>
        <li>{t('howTo.offline')}</li>
      </ol>
      <form className="join-paste" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-link`}>{t('howTo.pasteLabel')}</label>
        <p className="help" id={`${id}-help`}>
          {t('howTo.pasteHelp')}
        </p>
        <input
          id={`${id}-link`}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          maxLength={4096}
          value={text}
          aria-describedby={invalid ? `${id}-help ${id}-error` : `${id}-help`}
          aria-invalid={invalid || undefined}
          onChange={(event) => {
            setText(event.target.value);
            setInvalid(false);
          }}
        />
        {invalid && (
          <p className="join-error-text" id={`${id}-error`} role="alert">
            {t('howTo.noLink')}
          </p>
        )}
        <button type="submit" className="button">
          {t('howTo.open')}
        </button>
      </form>
    </Page>
  );
}
