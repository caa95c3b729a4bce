import { useSyncExternalStore } from 'react';
import { parseHashRoute, type HashRoute } from '../lib/hash-route.ts';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const getHash = () => window.location.hash;
// The pre-rendered shell in index.html is the home screen: hydration starts from there.
const getShellHash = () => '#/';

/** The current route, re-rendering on every hash change. */
export function useHashRoute(): HashRoute {
  const hash = useSyncExternalStore(subscribe, getHash, getShellHash);
  return parseHashRoute(hash);
}
