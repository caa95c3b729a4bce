import { useTranslation } from 'react-i18next';

/** Opens the browser's print dialog for this page (the print styles leave out the app's controls). */
export function PrintButton() {
  const { t } = useTranslation('workshop');
  return (
    <p className="workshop-no-print">
      <button type="button" className="button" onClick={() => window.print()}>
        {t('print.button')}
      </button>
    </p>
  );
}
