import { useTranslation } from 'react-i18next';
import { soloHref, type SoloView } from './solo-route.ts';

const SECTIONS = ['start', 'journal', 'look-back', 'assessment', 'export'] as const;

/** The parts of «Alene», the current one marked for assistive technology. */
export function SoloNav({ current }: { current: SoloView }) {
  const { t } = useTranslation('solo');
  // A session is part of «Ny økt»; the print view belongs to the export.
  const section = current === 'session' ? 'start' : current === 'print' ? 'export' : current;
  return (
    <nav className="solo-nav" aria-label={t('nav.label')}>
      <ul>
        {SECTIONS.map((id) => (
          <li key={id}>
            <a href={soloHref(id)} aria-current={id === section ? 'page' : undefined}>
              {t(`nav.${id}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
