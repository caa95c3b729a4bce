import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useChooseLanguage } from '../hooks/use-choose-language.ts';
import { isLanguage, LANGUAGES } from '../domain/language/languages.ts';

/** Switches the UI language for this device (remembered in prefs). */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const choose = useChooseLanguage();
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => {
          const lang = event.target.value;
          if (isLanguage(lang)) choose(lang);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
