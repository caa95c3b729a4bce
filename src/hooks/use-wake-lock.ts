import { useEffect } from 'react';

const release = (sentinel: WakeLockSentinel | null) => {
  if (!sentinel) return;
  try {
    sentinel.release().catch(() => undefined);
  } catch {
    // already released by the browser
  }
};

/**
 * Keeps the screen awake while `active` (a running round on a tablet or projector). The browser
 * drops the lock whenever the page is hidden, so it is requested again when the page comes back.
 * Without support, or when the request is refused (battery saver), this quietly does nothing.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || typeof navigator === 'undefined' || !('wakeLock' in navigator)) return;
    const wakeLock = navigator.wakeLock;
    let sentinel: WakeLockSentinel | null = null;
    let pending = false;
    let disposed = false;

    const acquire = () => {
      if (pending || document.visibilityState !== 'visible') return;
      if (sentinel && !sentinel.released) return;
      pending = true;
      let request: Promise<WakeLockSentinel>;
      try {
        request = wakeLock.request('screen');
      } catch {
        pending = false;
        return;
      }
      request.then(
        (s) => {
          pending = false;
          if (disposed) release(s);
          else sentinel = s;
        },
        () => {
          pending = false;
        },
      );
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') acquire();
    };

    acquire();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      disposed = true;
      document.removeEventListener('visibilitychange', onVisibility);
      release(sentinel);
      sentinel = null;
    };
  }, [active]);
}
