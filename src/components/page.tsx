import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// The first screen after start keeps the browser's own focus; every later screen takes it.
let firstScreen = true;

type PageProps = {
  title: string;
  children: ReactNode;
  className?: string;
  /** Keep the h1 for screen readers but not on screen (e.g. a projector showing only the card). */
  hideTitle?: boolean;
};

/**
 * One screen: its single h1, the document title, and focus moved to the heading when the
 * screen opens so screen-reader users hear where they are after a route change.
 */
export function Page({ title, children, className, hideTitle = false }: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title === t('app.name') ? title : `${title} – ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className={className ? `page ${className}` : 'page'}>
      <h1 ref={heading} tabIndex={-1} className={hideTitle ? 'page-title visually-hidden' : 'page-title'}>
        {title}
      </h1>
      {children}
    </div>
  );
}
