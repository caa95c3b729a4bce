import { useTranslation } from 'react-i18next';
import { FileDropZone } from '../../components/file-drop-zone.tsx';

type ImportDropZoneProps = { onFile: (file: File) => Promise<void>; busy: boolean };

/** A deck file from the system picker (keyboard and touch) or dropped anywhere on the zone. */
export function ImportDropZone({ onFile, busy }: ImportDropZoneProps) {
  const { t } = useTranslation('decks');
  return (
    <section className="import-way" aria-labelledby="import-file-heading">
      <h2 id="import-file-heading">{t('import.fileHeading')}</h2>
      <FileDropZone
        prompt={t('import.dropHere')}
        chooseLabel={t('import.choose')}
        busy={busy}
        testId="drop-zone"
        onFiles={([file]) => {
          if (file) void onFile(file);
        }}
      />
    </section>
  );
}
