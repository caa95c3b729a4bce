import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

type ImportDropZoneProps = { onFile: (file: File) => Promise<void>; busy: boolean };

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * A file picker that is also a drop target. The button opens the system picker (keyboard and
 * touch); a file dropped anywhere on the zone is imported the same way.
 */
export function ImportDropZone({ onFile, busy }: ImportDropZoneProps) {
  const { t } = useTranslation('decks');
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void onFile(file);
  };
  return (
    <section className="import-way" aria-labelledby="import-file-heading">
      <h2 id="import-file-heading">{t('import.fileHeading')}</h2>
      <div
        className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
        data-testid="drop-zone"
        onDragEnter={(event) => {
          if (hasFiles(event)) setOver(true);
        }}
        onDragOver={(event) => {
          if (!hasFiles(event)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          take(event.dataTransfer.files);
        }}
      >
        <p>{t('import.dropHere')}</p>
        <button type="button" className="button" disabled={busy} onClick={() => input.current?.click()}>
          {t('import.choose')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            take(event.target.files);
            // Choosing the same file again (after fixing it) must fire change again.
            event.target.value = '';
          }}
        />
      </div>
    </section>
  );
}
