import { useEffect, useState } from 'react';

/** An async read: loading, its value, or failed (the store could not be read). */
export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed' };

/**
 * Runs `load` when `key` changes and keeps its result; `version` re-runs it after a change the
 * screen made itself. A result that arrives after the key changed is dropped.
 */
export function useLoaded<T>(load: () => Promise<T>, key: string, version = 0): Loaded<T> {
  const [state, setState] = useState<{ key: string; loaded: Loaded<T> }>({
    key,
    loaded: { status: 'loading' },
  });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ key, loaded: { status: 'ready', value } }),
      () => live && setState({ key, loaded: { status: 'failed' } }),
    );
    return () => {
      live = false;
    };
    // `load` is a fresh closure on each render; `key` and `version` say when to read again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version]);
  return state.key === key ? state.loaded : { status: 'loading' };
}
