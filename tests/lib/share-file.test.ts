import { describe, expect, it, vi } from 'vitest';
import { canShareFile, shareOrDownload, type ShareNavigator } from '../../src/lib/share-file.ts';

const file = () => new File(['{}'], 'kortstokk-notater-plass-3.json', { type: 'application/json' });
const error = (name: string) => Object.assign(new Error(name), { name });

describe('shareOrDownload', () => {
  it('shares through Web Share when the device can share files', async () => {
    const share = vi.fn(() => Promise.resolve());
    const download = vi.fn();
    const nav: ShareNavigator = { canShare: () => true, share };
    expect(await shareOrDownload(file(), { nav, download, title: 'Notater' })).toBe('shared');
    expect(share).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Notater', files: [expect.any(File)] }),
    );
    expect(download).not.toHaveBeenCalled();
  });

  it('downloads where files cannot be shared (no API, or canShare says no)', async () => {
    for (const nav of [{}, { share: () => Promise.resolve() }, { canShare: () => false, share: vi.fn() }]) {
      const download = vi.fn();
      expect(await shareOrDownload(file(), { nav, download })).toBe('downloaded');
      expect(download).toHaveBeenCalledWith('kortstokk-notater-plass-3.json', expect.any(File));
    }
  });

  it('reports a cancel as a cancel, and falls back to a download on any other failure', async () => {
    const download = vi.fn();
    const cancelled: ShareNavigator = {
      canShare: () => true,
      share: () => Promise.reject(error('AbortError')),
    };
    expect(await shareOrDownload(file(), { nav: cancelled, download })).toBe('cancelled');
    expect(download).not.toHaveBeenCalled();
    const refused: ShareNavigator = {
      canShare: () => true,
      share: () => Promise.reject(error('NotAllowedError')),
    };
    expect(await shareOrDownload(file(), { nav: refused, download })).toBe('downloaded');
    expect(download).toHaveBeenCalledOnce();
  });

  it('treats a throwing canShare as "cannot share"', () => {
    const nav: ShareNavigator = {
      canShare: () => {
        throw new TypeError('bad');
      },
      share: () => Promise.resolve(),
    };
    expect(canShareFile(file(), nav)).toBe(false);
  });
});
