import { useTranslation } from 'react-i18next';
import type { DeckLoadFailure } from '../../content/built-in-decks.ts';

/** Says, without alarm, which built-in decks could not be used this time. */
export function LoadFailures({ failures }: { failures: readonly DeckLoadFailure[] }) {
  const { t } = useTranslation('decks');
  if (failures.length === 0) return null;
  return (
    <section className="decks-failures" aria-labelledby="decks-failures-heading">
      <h2 id="decks-failures-heading">{t('failures.heading', { count: failures.length })}</h2>
      <ul>
        {failures.map((f) => (
          <li key={f.file}>
            <code>{f.file}</code>:{' '}
            {f.unreachable ? t('failures.unreachable') : t('failures.invalid', { count: f.issues.length })}
          </li>
        ))}
      </ul>
    </section>
  );
}
