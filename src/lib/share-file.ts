import { downloadBlob } from './download.ts';

/** How a file left the app: handed to the system share sheet, downloaded, or the user cancelled. */
export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled';

/** The parts of `navigator` this helper uses (tests pass their own). */
export type ShareNavigator = {
  canShare?: (data: ShareData) => boolean;
  share?: (data: ShareData) => Promise<void>;
};

const errorName = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';

/** True when this browser can hand the file to the system share sheet (most phones can). */
export function canShareFile(file: File, nav: ShareNavigator = navigator): boolean {
  try {
    return (
      typeof nav.share === 'function' && typeof nav.canShare === 'function' && nav.canShare({ files: [file] })
    );
  } catch {
    return false;
  }
}

/**
 * Shares a file with Web Share where the device can share files (a phone: mail, chat, AirDrop),
 * otherwise downloads it. Call it straight from a click: share() needs the user's gesture, so
 * nothing may be awaited before it. A share that fails for any reason but the user's own cancel
 * falls back to the download, so the file always reaches the user.
 */
export async function shareOrDownload(
  file: File,
  options: { title?: string; nav?: ShareNavigator; download?: (name: string, blob: Blob) => void } = {},
): Promise<ShareOutcome> {
  const nav = options.nav ?? navigator;
  const download = options.download ?? downloadBlob;
  if (canShareFile(file, nav) && nav.share) {
    try {
      await nav.share({ files: [file], ...(options.title ? { title: options.title } : {}) });
      return 'shared';
    } catch (error) {
      if (errorName(error) === 'AbortError') return 'cancelled';
    }
  }
  download(file.name, file);
  return 'downloaded';
}
