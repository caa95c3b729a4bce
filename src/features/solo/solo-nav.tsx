import { useTranslation } from 'react-i18next';
import { SectionNav } from '../../components/section-nav.tsx';
import { soloHref, type SoloView } from './solo-route.ts';

const SECTIONS = ['start', 'journal', 'look-back', 'assessment', 'export'] as const;

/** The parts of «Alene», the current one marked for assistive technology. */
export function SoloNav({ current }: { current: SoloView }) {
  const { t } = useTranslation('solo');
  // A session is part of «Ny økt»; the print view belongs to the export.
  const section = current === 'session' ? 'start' : current === 'print' ? 'export' : current;
  const links = SECTIONS.map((id) => ({ id, href: soloHref(id), label: t(`nav.${id}`) }));
  return <SectionNav label={t('nav.label')} links={links} current={section} />;
}
