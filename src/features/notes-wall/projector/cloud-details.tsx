import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WordCloud } from './word-cloud.tsx';

/** The word cloud on the wall, folded away: the layout and stop words load when it is opened. */
export function CloudDetails({ texts }: { texts: readonly string[] }) {
  const { t } = useTranslation('notes');
  const [open, setOpen] = useState(false);
  return (
    <details className="wall-cloud" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('cloud.show')}</summary>
      {open && <WordCloud texts={texts} />}
    </details>
  );
}
