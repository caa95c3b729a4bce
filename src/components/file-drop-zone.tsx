import { useState, type DragEvent } from 'react';
import { FilePickerButton } from './file-picker-button.tsx';
import './file-drop-zone.css';

type FileDropZoneProps = {
  /** What to do here, e.g. «Drop a file here, or choose one». */
  prompt: string;
  /** The picker button's text. */
  chooseLabel: string;
  /** Called with the dropped or chosen files: only the first one unless `multiple`. */
  onFiles: (files: File[]) => void;
  busy: boolean;
  multiple?: boolean;
  testId?: string;
};

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * A file picker that is also a drop target. The button opens the system picker (keyboard and
 * touch); files dropped anywhere on the zone are taken the same way.
 */
export function FileDropZone({
  prompt,
  chooseLabel,
  onFiles,
  busy,
  multiple = false,
  testId,
}: FileDropZoneProps) {
  const [over, setOver] = useState(false);
  const take = (files: File[]) => {
    const taken = multiple ? files : files.slice(0, 1);
    if (taken.length > 0) onFiles(taken);
  };
  return (
    <div
      className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
      data-testid={testId}
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
        take(Array.from(event.dataTransfer.files));
      }}
    >
      <p>{prompt}</p>
      <FilePickerButton label={chooseLabel} onFiles={take} disabled={busy} multiple={multiple} />
    </div>
  );
}
