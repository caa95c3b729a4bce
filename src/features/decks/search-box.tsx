import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/deck/types.ts';

type SearchBoxProps = { value: string; onChange: (value: string) => void; lang: Lang };

/** The search field: results follow the typing, no button needed. */
export function SearchBox({ value, onChange, lang }: SearchBoxProps) {
  const { t } = useTranslation('decks');
  return (
    <div className="decks-search" role="search">
      <label htmlFor="decks-search-input">{t('search.label')}</label>
      <input
        id="decks-search-input"
        type="search"
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="decks-search-help"
        onChange={(event) => onChange(event.target.value)}
      />
      <p id="decks-search-help" className="help">
        {t('search.help', { language: t(`langName.${lang}`) })}
      </p>
    </div>
  );
}
