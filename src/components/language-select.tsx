import { useTranslation } from 'react-i18next';
import { useChooseLanguage } from '../hooks/use-choose-language.ts';
import { useHydrated } from '../hooks/use-hydrated.ts';
import { isLanguage, LANGUAGES } from '../domain/language/languages.ts';

/** Switches the UI language for this device (remembered in prefs). Rendered once, in the header. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const choose = useChooseLanguage();
  // Disabled in the pre-rendered page until React has taken over, so a choice made before the
  // scripts have loaded is never silently undone by hydration.
  const ready = useHydrated();
  return (
    <div className="language-select">
      <label htmlFor="language-select">{t('language.label')}</label>
      <select
        id="language-select"
        disabled={!ready}
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
