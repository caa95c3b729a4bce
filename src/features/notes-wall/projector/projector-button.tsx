import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './projector-button.css';

type ProjectorButtonProps = { onOpen: () => void; returning: boolean };

/** «Vis på projektor» on the wall; coming back from the projector, focus returns to it. */
export function ProjectorButton({ onOpen, returning }: ProjectorButtonProps) {
  const { t } = useTranslation('notes');
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!returning) return;
    // After the wall's page has focused its heading (its effect runs after this child's).
    const timer = setTimeout(() => button.current?.focus());
    return () => clearTimeout(timer);
  }, [returning]);
  return (
    <p className="wall-projector-open">
      <button ref={button} type="button" className="button" onClick={onOpen}>
        {t('projector.open')}
      </button>
    </p>
  );
}
