import { useEarlyKeys, useHotkeys, type HotkeyMap } from '../../hooks/use-hotkeys.ts';

export type PresenterKeyActions = {
  next: () => void;
  previous: () => void;
  toggleTimer: () => void;
  extend: () => void;
  toggleBlank: () => void;
  toggleMute: () => void;
  toggleFullscreen: () => void;
  toggleLegend: () => void;
  toggleQr: () => void;
  escape: () => void;
  /** Runs before every key but Esc (a first Esc is forgotten once something else happens). */
  anyOther: () => void;
};

/**
 * The keyboard and presenter-clicker map: PageDown/→/↓ next, PageUp/←/↑ previous, Space the
 * timer, B or «.» blank (what clickers send), F fullscreen, Q the join QR code, Esc out, «?» the
 * legend. Never while
 * typing (useHotkeys checks that).
 */
export function usePresenterKeys(a: PresenterKeyActions): void {
  const then = (action: () => void) => () => {
    a.anyOther();
    action();
  };
  const map: HotkeyMap = {
    PageDown: then(a.next),
    ArrowRight: then(a.next),
    ArrowDown: then(a.next),
    PageUp: then(a.previous),
    ArrowLeft: then(a.previous),
    ArrowUp: then(a.previous),
    ' ': then(a.toggleTimer),
    '+': then(a.extend),
    b: then(a.toggleBlank),
    B: then(a.toggleBlank),
    '.': then(a.toggleBlank),
    f: then(a.toggleFullscreen),
    F: then(a.toggleFullscreen),
    m: then(a.toggleMute),
    M: then(a.toggleMute),
    '?': then(a.toggleLegend),
    q: then(a.toggleQr),
    Q: then(a.toggleQr),
    Escape: a.escape,
  };
  useHotkeys(map);
  // A clicker pressed while the pre-rendered presenter was on screen, before this listened.
  useEarlyKeys();
}
