import { useTranslation } from 'react-i18next';
import { useChooseLanguage } from '../hooks/use-choose-language.ts';
import { isLanguage, LANGUAGES } from '../domain/language/languages.ts';

/** Switches the UI language for this device (remembered in prefs). Rendered once, in the header. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const choose = useChooseLanguage();
  return (
    <div className="language-select">
      <label htmlFor="language-select">{t('language.label')}</label>
      <select
        id="language-select"
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
