import { useSyncExternalStore } from 'react';
import { parseHashRoute, type HashRoute } from '../lib/hash-route.ts';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const getHash = () => window.location.hash;

/** The current route, re-rendering on every hash change. */
export function useHashRoute(): HashRoute {
  const hash = useSyncExternalStore(subscribe, getHash);
  return parseHashRoute(hash);
}
