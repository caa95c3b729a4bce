import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';

type Crumb = { href: string; label: string };

type WorkshopScreenProps = {
  title: string;
  /** Links back up the way the facilitator came (plan list, then the run-sheet). */
  back?: readonly Crumb[];
  className?: string;
  children: ReactNode;
};

/** One screen of the workshop feature: its heading, the way back, and the content. */
export function WorkshopScreen({ title, back = [], className, children }: WorkshopScreenProps) {
  const { t } = useTranslation('workshop');
  return (
    <Page title={title} className={className ? `workshop ${className}` : 'workshop'}>
      {back.length > 0 && (
        <nav className="workshop-back workshop-no-print" aria-label={t('nav.label')}>
          <ul>
            {back.map((crumb) => (
              <li key={crumb.href}>
                <a href={crumb.href}>{crumb.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {children}
    </Page>
  );
}

/** A calm line while something is read from the device. */
export function Loading() {
  const { t } = useTranslation('workshop');
  return (
    <p className="workshop-loading" aria-busy="true">
      {t('loading')}
    </p>
  );
}
