import { useSyncExternalStore } from 'react';
import { ROUTE_EVENT, routeOf, type AppRoute } from '../lib/app-route.ts';

const EVENTS = ['popstate', 'hashchange', ROUTE_EVENT] as const;

const subscribe = (onChange: () => void) => {
  for (const name of EVENTS) window.addEventListener(name, onChange);
  return () => {
    for (const name of EVENTS) window.removeEventListener(name, onChange);
  };
};
const getAddress = () => window.location.href;
// The home page is hydrated from its pre-rendered markup, which was rendered at the home route.
const getServerAddress = () => 'http://localhost/';

/** The current route, re-rendering whenever the address changes. */
export function useRoute(): AppRoute {
  const href = useSyncExternalStore(subscribe, getAddress, getServerAddress);
  return routeOf(new URL(href));
}
