import { useTranslation } from 'react-i18next';
import { SectionNav } from '../../components/section-nav.tsx';
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
  const links = SECTIONS.map((s) => ({ id: s.id, href: s.href(), label: t(`nav.${s.id}`) }));
  return <SectionNav label={t('nav.label')} links={links} current={current} />;
}
