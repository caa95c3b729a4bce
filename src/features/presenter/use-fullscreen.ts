import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
};
const read = () => document.fullscreenElement !== null && document.fullscreenElement !== undefined;

/** Whether the page is fullscreen, and guarded ways in and out (no Fullscreen API: nothing happens). */
export function useFullscreen() {
  const active = useSyncExternalStore(subscribe, read, () => false);
  const supported = typeof document !== 'undefined' && document.fullscreenEnabled === true;
  const enter = () => {
    const root = document.documentElement;
    if (!document.fullscreenEnabled || typeof root.requestFullscreen !== 'function') return;
    // Refused (no user gesture, a policy): the presentation simply stays in the window.
    root.requestFullscreen().catch(() => undefined);
  };
  const exit = () => {
    if (!read() || typeof document.exitFullscreen !== 'function') return;
    document.exitFullscreen().catch(() => undefined);
  };
  return { active, supported, enter, exit, toggle: () => (read() ? exit() : enter()) };
}
