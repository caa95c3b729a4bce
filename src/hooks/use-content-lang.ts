import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/deck/types.ts';
import { DEFAULT_LANGUAGE, isLanguage } from '../domain/language/languages.ts';

/** The language card and plan text is shown in: the UI language, so switching it changes the content. */
export function useContentLang(): Lang {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}
