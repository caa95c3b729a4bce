import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { SoloNav } from './solo-nav.tsx';
import type { SoloView } from './solo-route.ts';

type SoloScreenProps = { title: string; view: SoloView; ready?: boolean; children: ReactNode };

/** One screen of «Alene»: heading, the section nav, and a calm wait while decks or notes load. */
export function SoloScreen({ title, view, ready = true, children }: SoloScreenProps) {
  const { t } = useTranslation('solo');
  return (
    <Page title={title} className={`solo solo-view-${view}`}>
      <SoloNav current={view} />
      {ready ? (
        children
      ) : (
        <p className="solo-loading" aria-busy="true">
          {t('loading')}
        </p>
      )}
    </Page>
  );
}
