import { useCallback } from 'react';
import { changeLanguage } from '../i18n/init.ts';
import type { Language } from '../domain/language/languages.ts';
import { useAppStore } from '../store/store.ts';

/** Returns a function that switches the UI language and remembers it for this device. */
export function useChooseLanguage(): (lang: Language) => void {
  const setLanguage = useAppStore((s) => s.setLanguage);
  return useCallback(
    (lang: Language) => {
      setLanguage(lang);
      void changeLanguage(lang);
    },
    [setLanguage],
  );
}
