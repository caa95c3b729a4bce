import { useTranslation } from 'react-i18next';
import { useChooseLanguage } from '../../hooks/use-choose-language.ts';
import { LANGUAGES } from '../../domain/language/languages.ts';

/** The language choice as a radio group (the header has the compact select). */
export function LanguageSetting() {
  const { t, i18n } = useTranslation();
  const choose = useChooseLanguage();
  return (
    <fieldset className="setting">
      <legend>
        <h2>{t('settings.language')}</h2>
      </legend>
      {LANGUAGES.map((lang) => (
        <label key={lang} className="radio" lang={lang}>
          <input
            type="radio"
            name="language"
            value={lang}
            checked={i18n.language === lang}
            onChange={() => choose(lang)}
          />
          {t(`language.${lang}`)}
        </label>
      ))}
      <p className="help">{t('settings.languageHelp')}</p>
    </fieldset>
  );
}
