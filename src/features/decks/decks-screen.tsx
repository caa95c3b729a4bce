import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { DecksNav, type DecksSection } from './decks-nav.tsx';

type DecksScreenProps = { title: string; section: DecksSection; ready: boolean; children: ReactNode };

/** One screen of the decks feature: heading, the section nav, and a calm wait while decks load. */
export function DecksScreen({ title, section, ready, children }: DecksScreenProps) {
  const { t } = useTranslation('decks');
  return (
    <Page title={title} className="decks">
      <DecksNav current={section} />
      {ready ? (
        children
      ) : (
        <p className="decks-loading" aria-busy="true">
          {t('loading')}
        </p>
      )}
    </Page>
  );
}
