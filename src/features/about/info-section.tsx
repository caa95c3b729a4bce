import { useTranslation } from 'react-i18next';

type InfoSectionProps = { titleKey: string; textKey?: string; listKey?: string };

/** One titled section of an information page: a paragraph or a list from the `about` strings. */
export function InfoSection({ titleKey, textKey, listKey }: InfoSectionProps) {
  const { t } = useTranslation('about');
  const items = listKey ? (t(listKey, { returnObjects: true }) as unknown) : null;
  return (
    <section className="info-section">
      <h2>{t(titleKey)}</h2>
      {textKey && <p>{t(textKey)}</p>}
      {Array.isArray(items) && (
        <ul>
          {items.map((item, i) => (
            <li key={i}>{String(item)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
