import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunSheet } from '../../domain/workshop/run-sheet-types.ts';
import { getWorkshopStore } from '../../storage/workshop-store.ts';
import { isSaveable } from './sheet-valid.ts';

/** The run-sheet being edited and where its saving stands. */
export type EditorState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed' }
  | { status: 'ready'; sheet: RunSheet; dirty: boolean; save: 'saved' | 'invalid' | 'failed' };

/**
 * Loads a run-sheet and saves every change at once (writes are queued so they land in order).
 * Changes are pure functions of the sheet (the domain's sheet and step operations).
 */
export function useSheetEditor(sheetId: string) {
  const [state, setState] = useState<EditorState>({ status: 'loading' });
  const queue = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    let live = true;
    getWorkshopStore()
      .getSheet(sheetId)
      .then(
        (sheet) =>
          live &&
          setState(sheet ? { status: 'ready', sheet, dirty: false, save: 'saved' } : { status: 'missing' }),
        () => live && setState({ status: 'failed' }),
      );
    return () => {
      live = false;
    };
  }, [sheetId]);
  useEffect(() => {
    if (state.status !== 'ready' || !state.dirty) return;
    const { sheet } = state;
    queue.current = queue.current
      .then(() => getWorkshopStore().putSheet(sheet, Date.now()))
      .then(
        () =>
          setState((s) =>
            s.status === 'ready' && s.sheet === sheet ? { ...s, dirty: false, save: 'saved' } : s,
          ),
        () =>
          setState((s) =>
            s.status === 'ready' && s.sheet === sheet ? { ...s, dirty: false, save: 'failed' } : s,
          ),
      );
  }, [state]);
  const apply = useCallback((change: (sheet: RunSheet) => RunSheet) => {
    setState((s) => {
      if (s.status !== 'ready') return s;
      const sheet = change(s.sheet);
      if (sheet === s.sheet) return s;
      // Checked here, before anything is written: an invalid sheet stays on screen, unsaved.
      return isSaveable(sheet)
        ? { ...s, sheet, dirty: true }
        : { ...s, sheet, dirty: false, save: 'invalid' };
    });
  }, []);
  return { state, apply };
}
