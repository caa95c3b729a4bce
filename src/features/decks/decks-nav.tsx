import { useTranslation } from 'react-i18next';
import { decksHref } from './decks-route.ts';

export type DecksSection = 'browse' | 'draw' | 'import';

const SECTIONS: readonly { id: DecksSection; href: () => string }[] = [
  { id: 'browse', href: () => decksHref.browse() },
  { id: 'draw', href: () => decksHref.draw() },
  { id: 'import', href: () => decksHref.import() },
];

/** The three parts of the decks feature, the current one marked for assistive technology. */
export function DecksNav({ current }: { current: DecksSection }) {
  const { t } = useTranslation('decks');
  return (
    <nav className="decks-nav" aria-label={t('nav.label')}>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.id}>
            <a href={s.href()} aria-current={s.id === current ? 'page' : undefined}>
              {t(`nav.${s.id}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
